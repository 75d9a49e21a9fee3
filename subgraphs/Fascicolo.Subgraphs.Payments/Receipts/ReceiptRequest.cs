using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Receipts;

/// <summary>A receipt to record, validated (see <see cref="PaymentReceiptInput.Validate"/>).</summary>
/// <param name="ReceiptId">The PSP's receipt id.</param>
/// <param name="Notice">The notice paid.</param>
/// <param name="OrganizationFiscalCode">The creditor the PSP paid.</param>
/// <param name="AmountCents">What was paid to the creditor, above zero.</param>
/// <param name="FeeCents">The PSP's fee, zero or more.</param>
/// <param name="PaymentMethod">How the payer paid.</param>
/// <param name="PaymentDateTime">When, in UTC, not in the future.</param>
/// <param name="PspId">The PSP's identifier on the nodo.</param>
/// <param name="PspCompanyName">The PSP's name.</param>
/// <param name="PayerFiscalCode">Who paid, when reported.</param>
/// <param name="PayerFullName">The payer's name, when reported.</param>
internal sealed record ReceiptRequest(
    string ReceiptId,
    NoticeNumber Notice,
    string OrganizationFiscalCode,
    long AmountCents,
    long FeeCents,
    ReceiptPaymentMethod PaymentMethod,
    DateTime PaymentDateTime,
    string PspId,
    string PspCompanyName,
    string? PayerFiscalCode,
    string? PayerFullName)
{
    /// <summary>Whether a stored receipt says exactly what this request says (a replay of the same receipt).</summary>
    public bool SameAs(ReceiptRecord receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.ReceiptId == ReceiptId
            && receipt.Iuv == Notice.Iuv
            && receipt.OrganizationFiscalCode == OrganizationFiscalCode
            && receipt.AmountCents == AmountCents
            && receipt.FeeCents == FeeCents
            && receipt.PaymentMethod == PaymentMethod
            // PostgreSQL keeps microseconds: compare at that precision.
            && receipt.PaymentDateTime.Ticks / 10 == PaymentDateTime.Ticks / 10
            && receipt.PspId == PspId
            && receipt.PspCompanyName == PspCompanyName
            && receipt.PayerFiscalCode == PayerFiscalCode
            && receipt.PayerFullName == PayerFullName;
    }
}
