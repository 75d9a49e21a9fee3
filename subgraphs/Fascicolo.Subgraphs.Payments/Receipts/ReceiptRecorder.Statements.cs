using System.Globalization;
using Fascicolo.Subgraphs.Payments.Data;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Receipts;

/// <summary>The statements <see cref="ReceiptRecorder"/> runs inside its transaction.</summary>
internal sealed partial class ReceiptRecorder
{
    private const string LockPositionSql = """
        select p.iupd
        from payment_option o
        join payment_position p on p.iupd = o.iupd
        where o.iuv = @iuv and o.organization_fiscal_code = @organization
        for update of p
        """;

    private const string PositionSql = $"""
        {PositionRows.SelectFrom}
        where p.iupd = @iupd
        {PositionRows.OrderBy}
        """;

    private const string ReceiptSql = $"select {ReceiptRecord.Columns} from receipt r where r.receipt_id = @receiptId";

    private const string InsertReceiptSql = """
        insert into receipt (receipt_id, iuv, iupd, organization_fiscal_code, debtor_fiscal_code, amount_cents, fee_cents,
                             payment_method, payment_date_time, psp_id, psp_company_name, payer_fiscal_code, payer_full_name, recorded_at)
        values (@receiptId, @iuv, @iupd, @organization, @debtor, @amount, @fee,
                @method, @paidAt, @pspId, @pspName, @payer, @payerName, @now)
        """;

    private const string UpdateOptionSql = """
        update payment_option set status = @status, payment_date = @paidAt, last_updated_date = @now where iuv = @iuv
        """;

    private const string UpdatePositionSql = """
        update payment_position
        set status = @status, payment_date = coalesce(@paymentDate, payment_date), last_updated_date = @now
        where iupd = @iupd
        """;

    private static async Task<string?> LockPositionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ReceiptRequest request, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(LockPositionSql, connection, transaction);
        command.Parameters.AddWithValue("iuv", request.Notice.Iuv);
        command.Parameters.AddWithValue("organization", request.OrganizationFiscalCode);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task<ReceiptRecord?> FindReceiptAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string receiptId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReceiptSql, connection, transaction);
        command.Parameters.AddWithValue("receiptId", receiptId);
        var receipts = await ReceiptRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
        return receipts.SingleOrDefault();
    }

    private static async Task<PositionRecord> ReadPositionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string iupd, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PositionSql, connection, transaction);
        command.Parameters.AddWithValue("iupd", iupd);
        return (await PositionRows.ReadAsync(command, cancellationToken).ConfigureAwait(false)).Single();
    }

    private static Task InsertReceiptAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReceiptRecord receipt, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, InsertReceiptSql, cancellationToken,
            ("receiptId", receipt.ReceiptId),
            ("iuv", receipt.Iuv),
            ("iupd", receipt.Iupd),
            ("organization", receipt.OrganizationFiscalCode),
            ("debtor", receipt.DebtorFiscalCode),
            ("amount", receipt.AmountCents),
            ("fee", receipt.FeeCents),
            ("method", receipt.PaymentMethod.ToCode()),
            ("paidAt", receipt.PaymentDateTime),
            ("pspId", receipt.PspId),
            ("pspName", receipt.PspCompanyName),
            ("payer", (object?)receipt.PayerFiscalCode ?? DBNull.Value),
            ("payerName", (object?)receipt.PayerFullName ?? DBNull.Value),
            ("now", receipt.RecordedAt));

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (rows != 1)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Expected to write one row, wrote {rows}."));
        }
    }
}
