namespace Fascicolo.Domain.Payments.Positions;

/// <summary>The status of a payment option (GPD <c>PO_UNPAID</c>, <c>PO_PAID</c>, …; see <see cref="GpdCodes"/>).</summary>
public enum PaymentOptionStatus
{
    /// <summary>Not paid.</summary>
    Unpaid,

    /// <summary>Paid: a receipt exists.</summary>
    Paid,

    /// <summary>Paid, and some of its transfers have been reported.</summary>
    PartiallyReported,

    /// <summary>Paid, and every transfer has been reported.</summary>
    Reported,
}
