namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>A row of <c>receipt</c>: a successful payment of one option, as the nodo reported it.</summary>
/// <param name="ReceiptId">The PSP's receipt id.</param>
/// <param name="Iuv">The option paid.</param>
/// <param name="Iupd">Its position.</param>
/// <param name="OrganizationFiscalCode">The creditor.</param>
/// <param name="DebtorFiscalCode">The position's debtor.</param>
/// <param name="AmountCents">What was paid to the creditor, in cents.</param>
/// <param name="FeeCents">The PSP's fee the payer paid on top, in cents.</param>
/// <param name="PaymentMethod">How the payer paid.</param>
/// <param name="PaymentDateTime">When (UTC).</param>
/// <param name="PspId">The PSP's identifier on the nodo.</param>
/// <param name="PspCompanyName">The PSP's name.</param>
/// <param name="PayerFiscalCode">Who paid, when reported.</param>
/// <param name="PayerFullName">The payer's name, when reported.</param>
/// <param name="RecordedAt">When the hub recorded it (UTC).</param>
internal sealed record ReceiptRecord(
    string ReceiptId,
    string Iuv,
    string Iupd,
    string OrganizationFiscalCode,
    string DebtorFiscalCode,
    long AmountCents,
    long FeeCents,
    ReceiptPaymentMethod PaymentMethod,
    DateTime PaymentDateTime,
    string PspId,
    string PspCompanyName,
    string? PayerFiscalCode,
    string? PayerFullName,
    DateTime RecordedAt)
{
    /// <summary>The columns, in the order <see cref="ReceiptRows.Read"/> reads them.</summary>
    public const string Columns =
        "r.receipt_id, r.iuv, r.iupd, r.organization_fiscal_code, r.debtor_fiscal_code, r.amount_cents, r.fee_cents, " +
        "r.payment_method, r.payment_date_time, r.psp_id, r.psp_company_name, r.payer_fiscal_code, r.payer_full_name, r.recorded_at";

    /// <summary>The notice number paid.</summary>
    public string NoticeNumber => global::Fascicolo.Domain.Payments.Notices.NoticeNumber.Aux + Iuv;
}
