using Fascicolo.Domain.Payments.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentTransferStatus</c> enum: <c>T_UNREPORTED</c> or <c>T_REPORTED</c>.</summary>
internal sealed class PaymentTransferStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public PaymentTransferStatusGraphType()
    {
        Name = "PaymentTransferStatus";
        Description = "Whether a transfer has been reported to its beneficiary (GPD model).";
        Add(TransferStatus.Unreported.ToCode(), TransferStatus.Unreported, "Not reported yet.");
        Add(TransferStatus.Reported.ToCode(), TransferStatus.Reported, "Included in a reporting flow (flusso di rendicontazione).");
    }
}
