using Fascicolo.Domain.Payments.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentOptionStatus</c> enum: GPD's option statuses (<c>PO_UNPAID</c>, …).</summary>
internal sealed class PaymentOptionStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public PaymentOptionStatusGraphType()
    {
        Name = "PaymentOptionStatus";
        Description = "The status of a payment option (GPD model).";
        Add(PaymentOptionStatus.Unpaid, "Not paid.");
        Add(PaymentOptionStatus.Paid, "Paid: a receipt exists.");
        Add(PaymentOptionStatus.PartiallyReported, "Paid, and some of its transfers have been reported.");
        Add(PaymentOptionStatus.Reported, "Paid, and every transfer has been reported.");
    }

    private void Add(PaymentOptionStatus status, string description) => Add(status.ToCode(), status, description);
}
