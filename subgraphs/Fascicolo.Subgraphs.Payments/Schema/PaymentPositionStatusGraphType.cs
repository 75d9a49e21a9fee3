using Fascicolo.Domain.Payments.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentPositionStatus</c> enum: GPD's position statuses, spelled as GPD spells them.</summary>
internal sealed class PaymentPositionStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public PaymentPositionStatusGraphType()
    {
        Name = "PaymentPositionStatus";
        Description = "The status of a debt position (GPD model), as of today.";
        Add(DebtPositionStatus.Draft, "Created by the creditor, not yet published: not payable.");
        Add(DebtPositionStatus.Published, "Published, but its validity date has not come yet: not yet payable.");
        Add(DebtPositionStatus.Valid, "Payable.");
        Add(DebtPositionStatus.PartiallyPaid, "Some instalments are paid, others are still payable.");
        Add(DebtPositionStatus.Paid, "Paid in full.");
        Add(DebtPositionStatus.Reported, "Paid, and the payment has been reported to the creditor (rendicontazione).");
        Add(DebtPositionStatus.Expired, "Not paid by its last due date, and set to expire then (switchToExpired).");
        Add(DebtPositionStatus.Invalid, "Cancelled by the creditor.");
    }

    private void Add(DebtPositionStatus status, string description) => Add(status.ToCode(), status, description);
}
