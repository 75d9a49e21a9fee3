using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>The receipts of debtors, by fiscal code (newest payment first), a batch at a time.</summary>
internal static class ReceiptsByDebtor
{
    private const string Sql = $"""
        select {ReceiptRecord.Columns}
        from receipt r
        where r.debtor_fiscal_code = any(@keys)
        order by r.debtor_fiscal_code, r.payment_date_time desc, r.receipt_id
        """;

    /// <summary>The loader of <c>DebtorPosition.receipts</c>.</summary>
    public static readonly BatchLoader<string, ReceiptRecord> Loader = new(LoadAsync, r => r.DebtorFiscalCode);

    private static async Task<IEnumerable<ReceiptRecord>> LoadAsync(
        IReadOnlyList<string> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return await ReceiptRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
