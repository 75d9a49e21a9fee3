using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>
/// A <see cref="BatchLoader{TKey, TRow}"/> running one statement with <c>= any(@keys)</c> per batch and
/// reading rows with an explicit reader (typed columns: dates, smallint codes, cents), as the
/// registry's loaders do, instead of reflection mapping.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="sql">The statement; it must filter with <c>= any(@keys)</c> on a <c>text[]</c>.</param>
/// <param name="read">Reads the current row.</param>
/// <param name="keySelector">The key a row answers.</param>
internal sealed class ReaderBatchLoader<TRow>(string sql, Func<NpgsqlDataReader, TRow> read, Func<TRow, string> keySelector)
    : BatchLoader<string, TRow>((keys, services, cancellationToken) => QueryAsync(sql, read, keys, services, cancellationToken), keySelector)
{
    private static async Task<IEnumerable<TRow>> QueryAsync(
        string sql, Func<NpgsqlDataReader, TRow> read, IReadOnlyList<string> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
