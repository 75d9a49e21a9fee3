using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The result of <c>recordPaymentReceipt</c>: the stored receipt and its position as it is now.</summary>
internal sealed class RecordPaymentReceiptPayloadGraphType : ObjectGraphType<ReceiptRecord>
{
    /// <summary>Declares the fields.</summary>
    public RecordPaymentReceiptPayloadGraphType()
    {
        Name = "RecordPaymentReceiptPayload";
        Description = "A recorded receipt and the debt position it paid.";
        Field<NonNullGraphType<PaymentReceiptGraphType>>("receipt").Description("The receipt as stored.").Resolve(c => c.Source);
        Field<NonNullGraphType<PaymentPositionGraphType>>("position")
            .Description("The position paid, with its statuses after the payment.")
            .Resolve(c => PositionsByIupd.Loader.Load(c, c.Source.Iupd));
    }
}
