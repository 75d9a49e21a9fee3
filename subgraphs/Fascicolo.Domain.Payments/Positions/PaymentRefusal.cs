namespace Fascicolo.Domain.Payments.Positions;

/// <summary>Why a payment of an option cannot be accepted; see <see cref="DebtPositionStatusRules.CheckPayment"/>.</summary>
public enum PaymentRefusal
{
    /// <summary>The payment can be accepted.</summary>
    None,

    /// <summary>The position is not payable now: a draft, not yet valid, expired or cancelled.</summary>
    PositionNotPayable,

    /// <summary>The option, or the position through another option, is already paid.</summary>
    OptionAlreadyPaid,
}
