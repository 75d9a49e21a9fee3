using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>No N+1 outside <c>_entities</c> either: nested fields of a search page and of a household are batched.</summary>
public sealed class StatementCountTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string SearchWithDetails = """
        query Search($first: Int) {
          citizens(first: $first) {
            edges {
              node {
                fiscalCode
                residence { street building { id } }
                household { id members { relationship { code } citizen { fullName identityDocuments { number } } } }
                identityDocuments { number }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Citizens_Should_RunTheSameNumberOfStatements_When_APageHoldsFiveOrAHundredCitizens()
    {
        await CountStatementsAsync(2);

        var five = await CountStatementsAsync(5);
        var hundred = await CountStatementsAsync(100);

        // The search, residences, households, members, the members' citizens, the citizens' and the members' documents.
        Assert.True(five == hundred, $"The statement count grew with the page size ({five} vs {hundred}).");
        Assert.Equal(7, hundred);
    }

    private async Task<int> CountStatementsAsync(int first)
    {
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(SearchWithDetails, new { first });

        Assert.Equal(first, response.Data().GetProperty("citizens").GetProperty("edges").GetArrayLength());
        return counter.Count;
    }
}
