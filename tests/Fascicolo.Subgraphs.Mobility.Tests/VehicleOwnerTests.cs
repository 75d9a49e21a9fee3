using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>A citizen's mobility dossier: the vehicle-owner persona, and the amounts every position of the ledger asks for.</summary>
[Collection(SeededMobility.Name)]
public sealed class VehicleOwnerTests(MobilityFixture fixture)
{
    private const string Dossier = """
        query Dossier($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              vehicles {
                plate make model fuel emissionClass powerKw registrationDate owner { fiscalCode }
                vehicleTax { periodStart periodEnd dueDate amount { cents } basis status paidOn paymentPosition { iupd } }
                insurance { insurer expiresOn status }
                inspection { lastInspectedOn dueOn status }
                ztlPermits { number zone kind validFrom validUntil isValid }
              }
              trafficFines {
                number vehicle { plate } committedAt place article paragraph violation licencePoints notifiedOn
                sanction { cents } expenses { cents } amount { cents } reducedAmount { cents }
                reducedUntil payableUntil status amountDue { cents } paidOn paidAmount { cents }
                paymentPosition { iupd }
              }
              ztlPermits { number plate }
            }
          }
        }
        """;

    [Fact]
    public async Task Dossier_Should_MatchTheSnapshot_When_QueryingTheVehicleOwnerPersona()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner);

        var citizen = await DossierAsync(persona.FiscalCode);

        Snapshot.Match(JToken.Parse(citizen.GetRawText()));
    }

    [Fact]
    public async Task Dossier_Should_ShowTheFixedCarAndAnUnpaidFineStillReducible_When_QueryingTheVehicleOwnerPersona()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner);

        var citizen = await DossierAsync(persona.FiscalCode);

        var car = Assert.Single(citizen.GetProperty("vehicles").EnumerateArray());
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, car.GetProperty("plate").GetString());
        Assert.Equal("PAID", car.GetProperty("vehicleTax").GetProperty("status").GetString());
        // 85 kW, Euro 6: 85 × € 2,58.
        Assert.Equal(21_930, car.GetProperty("vehicleTax").GetProperty("amount").GetProperty("cents").GetInt64());
        var unpaid = Assert.Single(citizen.GetProperty("trafficFines").EnumerateArray(), f => f.GetProperty("paidOn").IsNull());
        Assert.Equal("PAYABLE_REDUCED", unpaid.GetProperty("status").GetString());
        Assert.Equal("7", unpaid.GetProperty("article").GetString());
        // € 83 less 30% plus € 14,50 of notification expenses.
        Assert.Equal(7_260, unpaid.GetProperty("amountDue").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task Amounts_Should_EqualTheLedgers_When_ComparingEveryOwnersTaxAndFines()
    {
        var ledger = fixture.City.PaymentsDue().ToDictionary(p => p.Iupd, StringComparer.Ordinal);
        var owners = fixture.City.Vehicles().Select(v => v.OwnerFiscalCode).Distinct().ToList();
        var representations = owners.Select(code => new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = code }).ToList();

        using var response = await fixture.Host.QueryAsync(Dossier, new { representations });

        var checkedTaxes = 0;
        var checkedFines = 0;
        foreach (var citizen in response.Data().GetProperty("_entities").EnumerateArray())
        {
            foreach (var tax in citizen.GetProperty("vehicles").EnumerateArray().Select(v => v.GetProperty("vehicleTax")))
            {
                if (tax.GetProperty("paymentPosition").IsNull())
                {
                    Assert.Equal("EXEMPT", tax.GetProperty("status").GetString());
                    continue;
                }
                var due = ledger[tax.GetProperty("paymentPosition").GetProperty("iupd").GetString()!];
                Assert.Equal(PaymentService.VehicleTax, due.Service);
                Assert.Equal(due.Options[0].AmountCents, tax.GetProperty("amount").GetProperty("cents").GetInt64());
                Assert.Equal(Date(due.Options[0].DueDate), tax.GetProperty("dueDate").GetString());
                checkedTaxes++;
            }
            foreach (var fine in citizen.GetProperty("trafficFines").EnumerateArray())
            {
                var due = ledger[fine.GetProperty("paymentPosition").GetProperty("iupd").GetString()!];
                Assert.Equal((PaymentService.TrafficFine, citizen.GetProperty("fiscalCode").GetString()), (due.Service, due.DebtorFiscalCode));
                var amounts = new List<long>();
                if (!fine.GetProperty("reducedAmount").IsNull())
                {
                    amounts.Add(fine.GetProperty("reducedAmount").GetProperty("cents").GetInt64());
                }
                amounts.Add(fine.GetProperty("amount").GetProperty("cents").GetInt64());
                Assert.Equal(due.Options.Select(o => o.AmountCents), amounts);
                Assert.Equal(Date(due.Options[^1].DueDate), fine.GetProperty("payableUntil").GetString());
                var paid = due.Options.SingleOrDefault(o => o.PaidOn is not null);
                Assert.Equal(paid?.AmountCents, fine.GetProperty("paidAmount").IsNull() ? null : fine.GetProperty("paidAmount").GetProperty("cents").GetInt64());
                checkedFines++;
            }
        }
        Assert.Equal(fixture.City.VehicleTaxPeriods().Count(p => p.Iupd is not null), checkedTaxes);
        Assert.Equal(fixture.City.TrafficFines().Count, checkedFines);
    }

    private async Task<JsonElement> DossierAsync(string fiscalCode)
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode }];
        using var response = await fixture.Host.QueryAsync(Dossier, new { representations });
        return response.Data().GetProperty("_entities")[0].Clone();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
