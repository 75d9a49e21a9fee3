namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A fine (verbale di accertamento) of Genova's traffic police against a resident's car.</summary>
/// <param name="Number">The verbale number, <c>year/seven digits</c>, e.g. <c>2025/0000042</c>.</param>
/// <param name="Plate">The car.</param>
/// <param name="DebtorFiscalCode">The owner, jointly liable with the driver (art. 196).</param>
/// <param name="CommittedAt">When the violation was detected, Italian local time.</param>
/// <param name="Place">Where, e.g. <c>Via San Lorenzo, Genova</c>.</param>
/// <param name="Violation">What was violated.</param>
/// <param name="NotifiedOn">The day it was contested on the spot or notified.</param>
/// <param name="ExpensesCents">Procedure and notification expenses, in cents.</param>
/// <param name="PaidOn">The day it was paid, or null while unpaid.</param>
/// <param name="PaidCents">The amount paid, or null while unpaid.</param>
/// <param name="Iupd">The pagoPA debt position.</param>
public sealed record TrafficFine(
    string Number,
    string Plate,
    string DebtorFiscalCode,
    DateTime CommittedAt,
    string Place,
    HighwayCodeViolation Violation,
    DateOnly NotifiedOn,
    long ExpensesCents,
    DateOnly? PaidOn,
    long? PaidCents,
    string Iupd)
{
    /// <summary>The amount due within 60 days of notification.</summary>
    public long FullCents => FineAmounts.Full(Violation.MinimumCents, ExpensesCents);

    /// <summary>The amount due within 5 days of notification, or null when no reduction applies.</summary>
    public long? ReducedCents => Violation.ReductionAllowed ? FineAmounts.Reduced(Violation.MinimumCents, ExpensesCents) : null;
}
