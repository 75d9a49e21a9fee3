using Fascicolo.Domain.Taxes.Payments;

namespace Fascicolo.Domain.Taxes.Balance;

/// <summary>A year's summary of a taxpayer's position, all taxes together.</summary>
/// <param name="DueCents">The year's taxes, plus the sanctions and interest of its assessments.</param>
/// <param name="PaidCents">Everything paid for the year: instalments (overpayments included) and assessments.</param>
/// <param name="OutstandingCents">What is still owed, due yet or not.</param>
/// <param name="OverdueCents">The part of <paramref name="OutstandingCents"/> whose deadline has passed.</param>
/// <param name="RefundsCents">What was paid beyond a tax's due, to be refunded.</param>
public sealed record TaxBalance(long DueCents, long PaidCents, long OutstandingCents, long OverdueCents, long RefundsCents)
{
    /// <summary>
    /// Sums a year per tax, then over the taxes (an overpaid tax never offsets another):
    /// overpaid = instalments paid − due, when positive; outstanding = due + surcharges − (paid −
    /// overpaid) − assessments paid, when positive. Once a tax is assessed its overdue part is the
    /// unpaid assessments past their term; before, the unpaid part of instalments past their deadline.
    /// </summary>
    /// <param name="settlements">The year's instalments of every tax with what was paid towards them.</param>
    /// <param name="assessments">The year's assessments.</param>
    /// <param name="today">The day overdue amounts are reckoned on.</param>
    public static TaxBalance Of(IReadOnlyList<InstalmentSettlement> settlements, IReadOnlyList<AssessmentStanding> assessments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        ArgumentNullException.ThrowIfNull(assessments);
        long due = 0, paid = 0, outstanding = 0, overdue = 0, refunds = 0;
        foreach (var tax in settlements.Select(s => s.Instalment.Tax).Concat(assessments.Select(a => a.Tax)).Distinct())
        {
            var instalments = settlements.Where(s => s.Instalment.Tax == tax).ToList();
            var assessed = assessments.Where(a => a.Tax == tax).ToList();
            var taxDue = instalments.Sum(s => s.Instalment.AmountCents);
            var instalmentsPaid = instalments.Sum(s => s.PaidCents);
            var overpaid = Math.Max(0, instalmentsPaid - taxDue);
            var assessmentsPaid = assessed.Where(a => a.PaidOn is not null).Sum(a => a.TotalCents);
            var charged = taxDue + assessed.Sum(a => a.SurchargeCents);

            due += charged;
            paid += instalmentsPaid + assessmentsPaid;
            refunds += overpaid;
            outstanding += Math.Max(0, charged - (instalmentsPaid - overpaid) - assessmentsPaid);
            overdue += assessed.Count > 0
                ? assessed.Where(a => a.PaidOn is null && a.DueDate < today).Sum(a => a.TotalCents)
                : instalments.Where(s => s.Instalment.DueDate < today).Sum(s => s.UnpaidCents);
        }
        return new TaxBalance(due, paid, outstanding, overdue, refunds);
    }
}
