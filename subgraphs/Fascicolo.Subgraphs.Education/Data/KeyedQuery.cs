using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>
/// A <see cref="BatchLoader{TKey, TRow}"/> over one SQL statement that filters with <c>= any(@keys)</c>
/// and reads its rows with an explicit reader (dates, arrays and nullable columns are read as typed,
/// not guessed by a mapper).
/// </summary>
internal static class KeyedQuery
{
    /// <summary>A loader running <paramref name="sql"/> once per batch of keys.</summary>
    /// <param name="sql">The statement; it binds the keys to <c>@keys</c> (a <c>text[]</c>).</param>
    /// <param name="read">Reads the current row.</param>
    /// <param name="key">The key a row belongs to.</param>
    public static BatchLoader<string, TRow> Loader<TRow>(string sql, Func<NpgsqlDataReader, TRow> read, Func<TRow, string> key) =>
        new((keys, services, cancellationToken) => QueryAsync(sql, keys, services, read, cancellationToken), key);

    private static async Task<IEnumerable<TRow>> QueryAsync<TRow>(
        string sql, IReadOnlyList<string> keys, IServiceProvider services, Func<NpgsqlDataReader, TRow> read, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TRow>(keys.Count);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
