using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// No N+1: a whole social folder, nested down to offices, histories, ISEE attestations and cases of
/// benefits, costs one statement per field however many citizens or households <c>_entities</c> asks for.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class StatementCountTests(WelfareFixture fixture)
{
    private const string CitizenFolders = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              socialFolder {
                cases { id office { code name } history { status occurredOn } benefits { id } household { id } person { fiscalCode } }
                benefits { id monthlyAmount { cents } iseeAttestation { protocol isee { cents } } socialCase { id status } }
                iseeAttestations { protocol isee { cents } household { id } declarant { fiscalCode } }
                latestIsee { protocol }
              }
            }
          }
        }
        """;

    private const string HouseholdFolders = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Household { id socialFolder { cases { id } benefits { id userShare { cents } } iseeAttestations { protocol } latestIsee { isee { cents } } } }
          }
        }
        """;

    [Fact]
    public async Task CitizenEntities_Should_RunTheSameStatements_When_ResolvingFiveOrAHundredCitizens()
    {
        // The persona first: her folder reaches every loader, so both batches run all of them.
        var people = new[] { fixture.WelfareRecipient.FiscalCode }
            .Concat(fixture.City.WelfareBenefits().Select(b => b.BeneficiaryFiscalCode))
            .Concat(fixture.City.Residents.Select(r => r.FiscalCode))
            .Distinct().Select(p => Representation("Citizen", "fiscalCode", p)).Take(100).ToList();
        await CountAsync(CitizenFolders, people.Take(3));

        var five = await CountAsync(CitizenFolders, people.Take(5));
        var hundred = await CountAsync(CitizenFolders, people);

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        // Cases, offices, histories, case benefits, benefits, attestations of benefits, cases of
        // benefits, attestations of members (shared by iseeAttestations and latestIsee).
        Assert.True(hundred.Count == 8, $"Expected one statement per field (8), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HouseholdEntities_Should_RunTheSameStatements_When_ResolvingFiveOrAHundredHouseholds()
    {
        var households = new[] { fixture.WelfareRecipient.HouseholdId }
            .Concat(fixture.City.Households.Select(h => h.Id))
            .Distinct().Select(h => Representation("Household", "id", h)).Take(100).ToList();
        await CountAsync(HouseholdFolders, households.Take(3));

        var five = await CountAsync(HouseholdFolders, households.Take(5));
        var hundred = await CountAsync(HouseholdFolders, households);

        // The members welfare knows of (the folder's data subjects, looked up once for every household),
        // cases, benefits, attestations (shared by iseeAttestations and latestIsee).
        Assert.Equal(4, five.Count);
        Assert.Equal(five.Count, hundred.Count);
    }

    private async Task<IReadOnlyList<string>> CountAsync(string query, IEnumerable<Dictionary<string, object>> representations)
    {
        var list = representations.ToList();
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(query, new { representations = list });

        Assert.Equal(list.Count, response.Data().GetProperty("_entities").GetArrayLength());
        return counter.Statements;
    }
}
