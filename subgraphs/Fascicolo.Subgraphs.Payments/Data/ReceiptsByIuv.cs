using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>The receipt of payment options, by IUV, a batch at a time.</summary>
internal static class ReceiptsByIuv
{
    private const string Sql = $"""
        select {ReceiptRecord.Columns}
        from receipt r
        where r.iuv = any(@keys)
        order by r.iuv
        """;

    /// <summary>The loader of <c>PaymentOption.receipt</c>.</summary>
    public static readonly BatchLoader<string, ReceiptRecord> Loader = new(LoadAsync, r => r.Iuv);

    private static async Task<IEnumerable<ReceiptRecord>> LoadAsync(
        IReadOnlyList<string> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return await ReceiptRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
