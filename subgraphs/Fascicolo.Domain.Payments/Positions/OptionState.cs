namespace Fascicolo.Domain.Payments.Positions;

/// <summary>What the status rules need to know of one payment option of a position.</summary>
/// <param name="IsPartialPayment">True for an instalment (rata), false for a full (single) payment.</param>
/// <param name="Status">Its status.</param>
/// <param name="DueDate">The last day to pay it.</param>
/// <param name="AmountCents">Its amount in euro cents.</param>
public readonly record struct OptionState(bool IsPartialPayment, PaymentOptionStatus Status, DateOnly DueDate, long AmountCents)
{
    /// <summary>Whether a receipt exists for it (paid, reported or partly reported).</summary>
    public bool IsPaid => Status != PaymentOptionStatus.Unpaid;
}
