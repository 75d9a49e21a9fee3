namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>
/// The rules the city applies when it checks a past year (accertamento per omesso, parziale o
/// tardivo versamento). They are choices written down here, not the whole of the law:
/// <list type="bullet">
/// <item>Sanction: 30% of every amount not paid by its deadline, whether paid late or never
/// (art. 13 D.Lgs. 471/1997). The reductions for short delays (half within 90 days, 1/15 per day
/// within 14 days) and the 25% rate of D.Lgs. 87/2024 for violations after 1 September 2024 are
/// not applied: the city's notices in this data use the flat 30%.</item>
/// <item>Interest: legal interest day by day (<see cref="LegalInterest"/>), on a late payment up to
/// the day it was paid, on an unpaid amount up to the day the assessment is notified.</item>
/// <item>Threshold: no assessment when tax, sanction and interest together do not exceed €30
/// (art. 3 c. 10 DL 16/2012).</item>
/// <item>Term: the assessment is payable within 60 days of notification, in one payment through
/// pagoPA. The reduction of the sanction to a third for paying within the term (acquiescenza) is
/// not offered.</item>
/// <item>Rounding: sanction and interest are rounded to the cent per instalment; the totals are
/// the sums of the rounded amounts.</item>
/// </list>
/// </summary>
public static class AssessmentPolicy
{
    /// <summary>The sanction for a late or omitted payment, in percent of the amount.</summary>
    public const int SanctionPercent = 30;

    /// <summary>The total (tax, sanction and interest) an assessment must exceed to be issued.</summary>
    public const long MinimumTotalCents = 3000;

    /// <summary>The days after notification within which the assessment is to be paid.</summary>
    public const int PaymentTermDays = 60;
}
