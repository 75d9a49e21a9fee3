using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Balance;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Subgraphs.Taxes.Data;

namespace Fascicolo.Subgraphs.Taxes.Positions;

/// <summary>A taxpayer's position for a year, computed: what the <c>TaxPosition</c> type shows.</summary>
/// <param name="FiscalCode">The taxpayer.</param>
/// <param name="Year">The tax year.</param>
/// <param name="Today">The day statuses are reckoned on.</param>
/// <param name="Imu">The year's IMU.</param>
/// <param name="TariBills">The year's TARI bills (one per occupied dwelling).</param>
/// <param name="Deadlines">Every instalment of the year with what was paid towards it, by due date.</param>
/// <param name="Payments">The year's payments, by date.</param>
/// <param name="Assessments">The year's assessments.</param>
/// <param name="Refunds">The year's refunds.</param>
/// <param name="Balance">The year's summary.</param>
internal sealed record TaxPositionView(
    string FiscalCode,
    int Year,
    DateOnly Today,
    ImuYear Imu,
    IReadOnlyList<TariBillView> TariBills,
    IReadOnlyList<InstalmentSettlement> Deadlines,
    IReadOnlyList<TaxPayment> Payments,
    IReadOnlyList<TaxAssessmentRecord> Assessments,
    IReadOnlyList<TaxRefundRecord> Refunds,
    TaxBalance Balance)
{
    /// <summary>What was paid towards a tax's instalments this year.</summary>
    public long PaidCents(TaxKind tax) => Payments.Where(p => p.Tax == tax).Sum(p => p.AmountCents);
}
