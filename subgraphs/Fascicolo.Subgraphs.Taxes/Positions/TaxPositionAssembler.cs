using Fascicolo.Domain.Taxes.Balance;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Tari;
using Fascicolo.Subgraphs.Taxes.Data;

namespace Fascicolo.Subgraphs.Taxes.Positions;

/// <summary>
/// Computes a year's position from the stored facts with the domain calculators: IMU on the
/// holdings at the year's rates, TARI on the account covering the year at its tariff, the
/// instalments matched with the payments, and the balance with the assessments.
/// </summary>
internal static class TaxPositionAssembler
{
    public static TaxPositionView Assemble(
        string fiscalCode,
        TaxYearRecord rates,
        IReadOnlyList<ImuHolding> holdings,
        IReadOnlyList<TariOccupancyRecord> occupancies,
        IReadOnlyList<TaxPayment> payments,
        IReadOnlyList<TaxAssessmentRecord> assessments,
        IReadOnlyList<TaxRefundRecord> refunds,
        DateOnly today)
    {
        var year = rates.Year;
        var imu = ImuCalculator.Compute(year, rates.Imu, holdings);
        var bills = occupancies
            .Where(o => o.Covers(year))
            .Select(o => new TariBillView(o, TariCalculator.Bill(rates.Tari, o.SurfaceSquareMetres, o.Occupants)))
            .ToList();
        var instalments = imu.Instalments.Concat(bills.SelectMany(b => b.Bill.Instalments)).OrderBy(i => i.DueDate).ThenBy(i => i.Tax);
        var yearPayments = payments.Where(p => p.Year == year).ToList();
        var deadlines = InstalmentSettlement.Settle(instalments, yearPayments);
        var yearAssessments = assessments.Where(a => a.Year == year).ToList();
        var standings = yearAssessments.Select(a => new AssessmentStanding(a.Tax, a.UnpaidTaxCents, a.TotalCents, a.DueOn, a.PaidOn)).ToList();
        return new TaxPositionView(
            fiscalCode,
            year,
            today,
            imu,
            bills,
            deadlines,
            yearPayments,
            yearAssessments,
            [.. refunds.Where(r => r.Year == year)],
            TaxBalance.Of(deadlines, standings, today));
    }
}
