namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>One way to pay a <see cref="PaymentDue"/>: the whole amount, or one instalment (rata).</summary>
/// <param name="AmountCents">The amount in euro cents, above zero.</param>
/// <param name="DueDate">The last day to pay.</param>
/// <param name="IsPartialPayment">True for an instalment, false for the single full payment.</param>
/// <param name="Description">What the option is, e.g. <c>Rata 1 di 2</c> or <c>Rata unica</c>.</param>
/// <param name="PaidOn">The day it was paid (a receipt exists), or null while unpaid.</param>
public sealed record PaymentDueOption(
    long AmountCents,
    DateOnly DueDate,
    bool IsPartialPayment,
    string Description,
    DateOnly? PaidOn);
