namespace Fascicolo.Domain.Payments.Positions;

/// <summary>
/// The status of a debt position in the GPD model (Gestione Posizioni Debitorie); the API spells
/// them as GPD does, see <see cref="GpdCodes"/>.
/// </summary>
public enum DebtPositionStatus
{
    /// <summary>Created by the creditor, not yet published: the debtor cannot see or pay it.</summary>
    Draft,

    /// <summary>Published, but its validity date has not come yet: visible, not yet payable.</summary>
    Published,

    /// <summary>Payable.</summary>
    Valid,

    /// <summary>Some instalments are paid, others are not.</summary>
    PartiallyPaid,

    /// <summary>Paid in full (the full option, or every instalment).</summary>
    Paid,

    /// <summary>Paid, and the payment has been reported to the creditor (rendicontazione).</summary>
    Reported,

    /// <summary>Not paid by the last due date, and the creditor asked it to expire (<c>switchToExpired</c>).</summary>
    Expired,

    /// <summary>Cancelled by the creditor.</summary>
    Invalid,
}
