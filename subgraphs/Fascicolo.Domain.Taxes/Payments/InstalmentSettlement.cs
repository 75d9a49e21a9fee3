using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Payments;

/// <summary>An instalment with what was paid towards it.</summary>
/// <param name="Instalment">The instalment.</param>
/// <param name="PaidCents">Everything paid towards it (more than its amount when paid twice).</param>
/// <param name="PaidOnTimeCents">What was paid by the deadline.</param>
/// <param name="LastPaidOn">The day of the last payment, or null when nothing was paid.</param>
public sealed record InstalmentSettlement(TaxInstalment Instalment, long PaidCents, long PaidOnTimeCents, DateOnly? LastPaidOn)
{
    /// <summary>What is still to pay (zero when paid in full or more).</summary>
    public long UnpaidCents => Math.Max(0, Instalment.AmountCents - PaidCents);

    /// <summary>What was paid beyond the amount.</summary>
    public long OverpaidCents => Math.Max(0, PaidCents - Instalment.AmountCents);

    /// <summary>Where the instalment stands on <paramref name="today"/>.</summary>
    public TaxDeadlineStatus StatusOn(DateOnly today) =>
        PaidCents >= Instalment.AmountCents ? (PaidOnTimeCents >= Instalment.AmountCents ? TaxDeadlineStatus.Paid : TaxDeadlineStatus.PaidLate)
        : PaidCents > 0 ? TaxDeadlineStatus.PartiallyPaid
        : today > Instalment.DueDate ? TaxDeadlineStatus.Overdue
        : TaxDeadlineStatus.Open;

    /// <summary>Matches each instalment with the payments of the same tax, year and instalment number.</summary>
    public static IReadOnlyList<InstalmentSettlement> Settle(IEnumerable<TaxInstalment> instalments, IEnumerable<TaxPayment> payments)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        var byInstalment = payments
            .GroupBy(p => (p.Tax, p.Year, p.Instalment))
            .ToDictionary(g => g.Key, g => g.ToList());
        return
        [
            .. instalments.Select(i =>
            {
                var paid = byInstalment.GetValueOrDefault((i.Tax, i.Year, i.Number)) ?? [];
                return new InstalmentSettlement(
                    i,
                    paid.Sum(p => p.AmountCents),
                    paid.Where(p => p.PaidOn <= i.DueDate).Sum(p => p.AmountCents),
                    paid.Count == 0 ? null : paid.Max(p => p.PaidOn));
            }),
        ];
    }
}
