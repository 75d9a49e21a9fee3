using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Rounding;
using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>
/// Checks a past year of one tax against what was paid and computes the assessment, under the
/// rules of <see cref="AssessmentPolicy"/>.
/// </summary>
public static class TaxAssessmentCalculator
{
    /// <summary>
    /// The assessment of a year notified on <paramref name="notifiedOn"/>, or null when nothing was
    /// missing or late, or when the total does not exceed the threshold. Payments on or after the
    /// notification day are not considered.
    /// </summary>
    /// <param name="instalments">The year's instalments of one tax.</param>
    /// <param name="payments">The payments of that tax and year.</param>
    /// <param name="notifiedOn">The day the assessment is notified.</param>
    /// <param name="rates">The legal interest rates of every year from the first deadline to the notification.</param>
    public static TaxAssessmentAmounts? Assess(
        IReadOnlyList<TaxInstalment> instalments, IReadOnlyList<TaxPayment> payments, DateOnly notifiedOn, IReadOnlyList<LegalInterestRate> rates)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        ArgumentNullException.ThrowIfNull(payments);
        var items = instalments.Select(i => Assess(i, payments.Where(p => p.Instalment == i.Number && p.PaidOn < notifiedOn), notifiedOn, rates)).ToList();
        var amounts = new TaxAssessmentAmounts(Reason(items), notifiedOn, items);
        return amounts.TotalCents > AssessmentPolicy.MinimumTotalCents ? amounts : null;
    }

    private static AssessedInstalment Assess(TaxInstalment instalment, IEnumerable<TaxPayment> payments, DateOnly notifiedOn, IReadOnlyList<LegalInterestRate> rates)
    {
        var ordered = payments.OrderBy(p => p.PaidOn).ToList();
        var onTime = Math.Min(instalment.AmountCents, ordered.Where(p => p.PaidOn <= instalment.DueDate).Sum(p => p.AmountCents));
        var missing = instalment.AmountCents - onTime;
        var late = 0L;
        var interest = 0m;
        foreach (var payment in ordered.Where(p => p.PaidOn > instalment.DueDate))
        {
            var towardsMissing = Math.Min(missing - late, payment.AmountCents);
            if (towardsMissing <= 0)
            {
                break;
            }
            late += towardsMissing;
            interest += LegalInterest.Cents(towardsMissing, instalment.DueDate, payment.PaidOn, rates);
        }
        var unpaid = missing - late;
        interest += LegalInterest.Cents(unpaid, instalment.DueDate, notifiedOn, rates);
        var sanction = Cents.Round((late + unpaid) * AssessmentPolicy.SanctionPercent / 100m);
        return new AssessedInstalment(instalment, onTime, late, unpaid, sanction, Cents.Round(interest));
    }

    private static TaxAssessmentReason Reason(List<AssessedInstalment> items) =>
        items.Sum(i => i.PaidOnTimeCents + i.PaidLateCents) == 0 ? TaxAssessmentReason.OmittedPayment
        : items.Sum(i => i.UnpaidCents) > 0 ? TaxAssessmentReason.ShortPayment
        : TaxAssessmentReason.LatePayment;
}
