using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Tari;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// The positions the subgraph computes from its tables agree with the generated city, taxpayer by
/// taxpayer and year by year: the same calculators over the same facts.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class PositionAgreementTests(TaxesFixture fixture)
{
    private const string Query = """
        query Position($representations: [_Any!]!, $year: Int!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              taxPosition(year: $year) {
                imu { tax { cents } payable { cents } paid { cents } properties { cadastralUnit { id } months use } }
                tari { tax { cents } paid { cents } bills { occupants surfaceSquareMetres } }
                payments { tax instalment amount { cents } paidOn }
                assessments { id total { cents } }
                refunds { id amount { cents } }
                balance { refunds { cents } }
              }
            }
          }
        }
        """;

    public static TheoryData<int> YearsBack() => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(YearsBack))]
    public async Task TaxPosition_Should_AgreeWithTheGeneratedCity_When_QueryingEveryTaxpayer(int yearsBack)
    {
        var city = fixture.City;
        var year = fixture.ReferenceYear - yearsBack;
        var rates = city.TaxYears().Single(y => y.Year == year);
        var taxpayers = city.Residents.Where(r => city.ImuHoldingsOf(r.FiscalCode).Count > 0 || city.TariOccupanciesOf(r.FiscalCode).Count > 0).ToList();
        Assert.True(taxpayers.Count > 200, $"Only {taxpayers.Count} taxpayers.");

        foreach (var chunk in taxpayers.Chunk(100))
        {
            using var response = await fixture.Host.QueryAsync(Query, new { representations = chunk.Select(r => TaxPositionQuery.Citizen(r.FiscalCode)), year });
            var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                var fiscalCode = chunk[i].FiscalCode;
                var position = entities[i].GetProperty("taxPosition");
                var imu = ImuCalculator.Compute(year, rates.Imu, [.. city.ImuHoldingsOf(fiscalCode).Select(h => h.Holding)]);
                var occupancy = city.TariOccupanciesOf(fiscalCode).SingleOrDefault(o => o.Covers(year));
                var tari = occupancy is null ? 0 : TariCalculator.Bill(rates.Tari, occupancy.SurfaceSquareMetres, occupancy.Occupants).TotalCents;
                var payments = city.TaxPaymentsOf(fiscalCode).Select(p => p.Payment).Where(p => p.Year == year).ToList();

                Assert.Equal(imu.TaxCents, position.GetProperty("imu").Cents("tax"));
                Assert.Equal(imu.PayableCents, position.GetProperty("imu").Cents("payable"));
                Assert.Equal(imu.Lines.Select(l => (l.Holding.UnitId, l.Months)), position.GetProperty("imu").GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("cadastralUnit").GetProperty("id").GetString()!, p.GetProperty("months").GetInt32())));
                Assert.Equal(tari, position.GetProperty("tari").Cents("tax"));
                Assert.Equal(payments.Where(p => p.Tax == TaxKind.Imu).Sum(p => p.AmountCents), position.GetProperty("imu").Cents("paid"));
                Assert.Equal(payments.Where(p => p.Tax == TaxKind.Tari).Sum(p => p.AmountCents), position.GetProperty("tari").Cents("paid"));
                Assert.Equal(payments.Count, position.GetProperty("payments").GetArrayLength());
                Assert.Equal(Ids(city.TaxAssessmentsOf(fiscalCode).Where(a => a.Year == year).Select(a => a.Id)), Ids(position.GetProperty("assessments")));
                var refunds = city.TaxRefundsOf(fiscalCode).Where(r => r.Year == year).ToList();
                Assert.Equal(Ids(refunds.Select(r => r.Id)), Ids(position.GetProperty("refunds")));
                Assert.Equal(refunds.Sum(r => r.AmountCents), position.GetProperty("balance").Cents("refunds"));
            }
        }
    }

    private static List<string> Ids(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static List<string> Ids(JsonElement items) => Ids(items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
}
