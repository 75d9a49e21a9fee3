using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// The demo personas' debt positions, as the citizen app asks for them (e.g. the vehicle owner's
/// unpaid fine, the taxpayer's overdue TARI). The snapshots follow the facets that raise the debts:
/// regenerate them when a facet changes its ledger.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class PersonaSnapshotTests(PaymentsFixture fixture)
{
    private const string PersonaDebts = """
        query Debts($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              debtPosition {
                open { ...Position }
                paid { ...Position }
                expired { ...Position }
                totalOpen { cents }
                totalOverdue { cents }
                totalPaid { cents }
                totalExpired { cents }
              }
            }
          }
        }

        fragment Position on PaymentPosition {
          iupd service status isOverdue companyName description amount { cents } amountDue { cents } nextDueDate
          paymentOptions {
            nav description amount { cents } dueDate isPartialPayment status
            transfers { companyName amount { cents } category }
            receipt { pspCompanyName paymentMethod paymentDateTime }
          }
        }
        """;

    public static TheoryData<string> PersonaKeys() => new(
        DemoPersonaKeys.Parent,
        DemoPersonaKeys.Pupil,
        DemoPersonaKeys.VehicleOwner,
        DemoPersonaKeys.WelfareRecipient,
        DemoPersonaKeys.SoleTrader,
        DemoPersonaKeys.Taxpayer);

    [Theory]
    [MemberData(nameof(PersonaKeys))]
    public async Task DebtPosition_Should_MatchTheSnapshot_When_QueryingADemoPersona(string key)
    {
        var persona = fixture.City.GetPersona(key);
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = persona.FiscalCode }];

        using var response = await fixture.Host.QueryAsync(PersonaDebts, new { representations });

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Equal(persona.FiscalCode, citizen.GetProperty("fiscalCode").GetString());
        Snapshot.Match(JToken.Parse(citizen.GetRawText()), SnapshotNameExtension.Create(key));
    }
}
