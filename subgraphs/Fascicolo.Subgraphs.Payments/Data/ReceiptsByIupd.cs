using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>The receipts of positions, by IUPD (oldest payment first), a batch at a time.</summary>
internal static class ReceiptsByIupd
{
    private const string Sql = $"""
        select {ReceiptRecord.Columns}
        from receipt r
        where r.iupd = any(@keys)
        order by r.iupd, r.payment_date_time, r.receipt_id
        """;

    /// <summary>The loader of <c>PaymentPosition.receipts</c>.</summary>
    public static readonly BatchLoader<string, ReceiptRecord> Loader = new(LoadAsync, r => r.Iupd);

    private static async Task<IEnumerable<ReceiptRecord>> LoadAsync(
        IReadOnlyList<string> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return await ReceiptRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
