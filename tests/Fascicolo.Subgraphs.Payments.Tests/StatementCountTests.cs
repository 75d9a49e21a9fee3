using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

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
        await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(3));

        var five = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(5));
        var hundred = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(100));

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
        await fixture.Host.CountEntityStatementsAsync(CitizenEntities, positions.Take(3));

        var five = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, positions.Take(5));
        var thirty = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, positions.Take(30));

        // The positions, their transfers, option receipts and position receipts.
        Assert.Equal(4, five.Count);
        Assert.Equal(five.Count, thirty.Count);
    }
}
