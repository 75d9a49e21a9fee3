using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>One instalment as the assessment reconstructs it.</summary>
/// <param name="Instalment">The instalment that was due.</param>
/// <param name="PaidOnTimeCents">Paid by the deadline (at most the amount due).</param>
/// <param name="PaidLateCents">Paid after the deadline, before notification, towards what was missing.</param>
/// <param name="UnpaidCents">Still missing at notification: the tax the assessment claims.</param>
/// <param name="SanctionCents">30% of the late and the unpaid amounts, rounded to the cent.</param>
/// <param name="InterestCents">Legal interest on the late and the unpaid amounts, rounded to the cent.</param>
public sealed record AssessedInstalment(
    TaxInstalment Instalment,
    long PaidOnTimeCents,
    long PaidLateCents,
    long UnpaidCents,
    long SanctionCents,
    long InterestCents);
