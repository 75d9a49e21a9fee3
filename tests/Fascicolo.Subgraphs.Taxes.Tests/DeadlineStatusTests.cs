using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Tari;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// The taxpayers' behaviours show in the deadlines of the last year (checked, not yet assessed):
/// paid, paid late, partly paid, overdue; and the reference year's deadlines are all still open.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class DeadlineStatusTests(TaxesFixture fixture)
{
    private const string Query = """
        query($r: [_Any!]!, $year: Int!) {
          _entities(representations: $r) { ... on Citizen { taxPosition(year: $year) { deadlines { tax instalment status paid { cents } amount { cents } } } } }
        }
        """;

    [Fact]
    public async Task Deadlines_Should_ShowEveryStatus_When_TaxpayersBehaveDifferently()
    {
        var year = fixture.ReferenceYear - 1;
        var wanted = new[] { TaxDeadlineStatus.Paid, TaxDeadlineStatus.PaidLate, TaxDeadlineStatus.PartiallyPaid, TaxDeadlineStatus.Overdue };
        var examples = wanted.ToDictionary(s => s, s => FindTaxpayerWith(year, s));

        foreach (var (status, (fiscalCode, tax, instalment)) in examples)
        {
            using var response = await fixture.Host.QueryAsync(Query, new { r = new[] { TaxPositionQuery.Citizen(fiscalCode) }, year });

            var deadline = response.Data().GetProperty("_entities")[0].GetProperty("taxPosition").GetProperty("deadlines").EnumerateArray()
                .Single(d => string.Equals(d.GetProperty("tax").GetString(), tax.ToString(), StringComparison.OrdinalIgnoreCase) && d.GetProperty("instalment").GetInt32() == instalment);
            Assert.Equal(Name(status), deadline.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Deadlines_Should_AllBeOpen_When_TheYearIsTheReferenceYear()
    {
        var taxpayers = fixture.City.TaxAssessments().Select(a => a.FiscalCode).Distinct().Take(20).Select(TaxPositionQuery.Citizen).ToList();

        using var response = await fixture.Host.QueryAsync(Query, new { r = taxpayers, year = fixture.ReferenceYear });

        var statuses = response.Data().GetProperty("_entities").EnumerateArray()
            .SelectMany(e => e.GetProperty("taxPosition").GetProperty("deadlines").EnumerateArray())
            .Select(d => d.GetProperty("status").GetString())
            .ToList();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("OPEN", s));
    }

    private (string FiscalCode, TaxKind Tax, int Instalment) FindTaxpayerWith(int year, TaxDeadlineStatus status)
    {
        var city = fixture.City;
        var rates = city.TaxYears().Single(y => y.Year == year);
        foreach (var resident in city.Residents)
        {
            var imu = ImuCalculator.Compute(year, rates.Imu, [.. city.ImuHoldingsOf(resident.FiscalCode).Select(h => h.Holding)]);
            var occupancy = city.TariOccupanciesOf(resident.FiscalCode).SingleOrDefault(o => o.Covers(year));
            var tari = occupancy is null ? [] : TariCalculator.Bill(rates.Tari, occupancy.SurfaceSquareMetres, occupancy.Occupants).Instalments;
            var settlements = InstalmentSettlement.Settle(imu.Instalments.Concat(tari), city.TaxPaymentsOf(resident.FiscalCode).Select(p => p.Payment));
            if (settlements.FirstOrDefault(s => s.StatusOn(fixture.Today) == status) is { } found)
            {
                return (resident.FiscalCode, found.Instalment.Tax, found.Instalment.Number);
            }
        }
        throw new InvalidOperationException($"No taxpayer has a {status} instalment in {year}.");
    }

    private static string Name(TaxDeadlineStatus status) => status switch
    {
        TaxDeadlineStatus.Paid => "PAID",
        TaxDeadlineStatus.PaidLate => "PAID_LATE",
        TaxDeadlineStatus.PartiallyPaid => "PARTIALLY_PAID",
        TaxDeadlineStatus.Overdue => "OVERDUE",
        _ => "OPEN",
    };
}
