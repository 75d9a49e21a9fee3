using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>The payments slice as the tables it is copied into.</summary>
internal static class PaymentsTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names = ["payment_position", "payment_option", "payment_transfer", "receipt"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(LedgerRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return
        [
            new CopyTable<PositionRecord>(
                "payment_position",
                "iupd, service, organization_fiscal_code, company_name, office_name, debtor_type, debtor_fiscal_code, debtor_full_name, " +
                "description, publish_date, validity_date, switch_to_expired, status, payment_date, last_updated_date",
                rows.Positions,
                async (row, p, ct) =>
                {
                    await row.WriteAsync(p.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Service.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.OrganizationFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.CompanyName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.OfficeName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.DebtorType.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.DebtorFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.DebtorFullName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.PublishDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.ValidityDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.SwitchToExpired, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.RecordedStatus.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.PaymentDate, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.LastUpdatedDate, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
            new CopyTable<OptionRecord>(
                "payment_option",
                "iuv, iupd, ordinal, organization_fiscal_code, amount_cents, description, due_date, is_partial_payment, status, " +
                "payment_date, last_updated_date",
                rows.Options,
                async (row, o, ct) =>
                {
                    await row.WriteAsync(o.Iuv, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)o.Ordinal, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.OrganizationFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.DueDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.IsPartialPayment, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Status.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.PaymentDate, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.LastUpdatedDate, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
            new CopyTable<TransferRecord>(
                "payment_transfer",
                "iuv, id_transfer, amount_cents, organization_fiscal_code, company_name, iban, remittance_information, category, status",
                rows.Transfers,
                async (row, t, ct) =>
                {
                    await row.WriteAsync(t.Iuv, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)t.IdTransfer, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.OrganizationFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.CompanyName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.Iban, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.RemittanceInformation, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.Category, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(t.Status.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<ReceiptRecord>(
                "receipt",
                "receipt_id, iuv, iupd, organization_fiscal_code, debtor_fiscal_code, amount_cents, fee_cents, payment_method, " +
                "payment_date_time, psp_id, psp_company_name, payer_fiscal_code, payer_full_name, recorded_at",
                rows.Receipts,
                async (row, r, ct) =>
                {
                    await row.WriteAsync(r.ReceiptId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.Iuv, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.OrganizationFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.DebtorFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.FeeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PaymentMethod.ToCode(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PaymentDateTime, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PspId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PspCompanyName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PayerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PayerFullName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.RecordedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
        ];
    }
}
