using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>No N+1: citizens and positions through <c>_entities</c>, with every nested list, cost a constant number of statements.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class StatementCountTests(PaymentsFixture fixture)
{
    private const string CitizenEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              debtPosition {
                open { ...Position }
                paid { ...Position }
                expired { ...Position }
                totalOpen { cents } totalPaid { cents }
                receipts { receiptId }
              }
            }
            ... on PaymentPosition { ...Position }
          }
        }

        fragment Position on PaymentPosition {
          iupd status amountDue { cents } debtor { fiscalCode }
          paymentOptions { nav status transfers { iban amount { cents } } receipt { receiptId } position { iupd } }
          receipts { receiptId paymentAmount { cents } }
        }
        """;

    [Fact]
    public async Task Entities_Should_RunTheSameStatements_When_ResolvingFiveOrAHundredCitizens()
    {
        // The test debtor first, so that every nested list has rows in both requests.
        var citizens = new[] { TestLedger.Debtor, TestLedger.Payer }
            .Concat(fixture.City.Residents.Select(r => r.FiscalCode))
            .Select(code => Representation("Citizen", "fiscalCode", code))
            .ToList();
        await CountStatementsAsync(citizens.Take(3));

        var five = await CountStatementsAsync(citizens.Take(5));
        var hundred = await CountStatementsAsync(citizens.Take(100));

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        // Positions with options, transfers, option receipts, position receipts, debtor receipts.
        Assert.True(hundred.Count == 5, $"Expected one statement per loader (5), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameStatements_When_ResolvingFiveOrThirtyPositions()
    {
        var positions = fixture.Ledger.Select(p => Representation("PaymentPosition", "iupd", p.Iupd)).Reverse().ToList();
        await CountStatementsAsync(positions.Take(3));

        var five = await CountStatementsAsync(positions.Take(5));
        var thirty = await CountStatementsAsync(positions.Take(30));

        // The positions, their transfers, option receipts and position receipts.
        Assert.Equal(4, five.Count);
        Assert.Equal(five.Count, thirty.Count);
    }

    private static Dictionary<string, object> Representation(string typeName, string key, string value) =>
        new() { ["__typename"] = typeName, [key] = value };

    private async Task<IReadOnlyList<string>> CountStatementsAsync(IEnumerable<Dictionary<string, object>> representations)
    {
        var list = representations.ToList();
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);

        using var response = await fixture.Host.QueryAsync(CitizenEntities, new { representations = list });

        var entities = response.Data().GetProperty("_entities");
        Assert.Equal(list.Count, entities.GetArrayLength());
        Assert.All(entities.EnumerateArray(), e => Assert.False(e.IsNull()));
        return counter.Statements;
    }
}
