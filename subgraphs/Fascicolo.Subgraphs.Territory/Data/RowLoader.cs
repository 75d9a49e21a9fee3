using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>
/// A <see cref="BatchLoader{TKey, TRow}"/> that runs one statement with <c>= any(@keys)</c> and reads
/// each row with a hand-written reader, as the registry's loaders do. The kit's Dapper-based
/// <see cref="SqlBatchLoader{TKey, TRow}"/> maps flat rows by name; the rows here nest a record (a
/// building and its municipality), decode <c>smallint</c> codes into enums, or carry the key they
/// were loaded by beside the entity (a unit loaded by its owner), which a reader states plainly.
/// </summary>
/// <typeparam name="TKey">The key type; an array of it is bound to <c>@keys</c>.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="sql">The statement; it filters with <c>= any(@keys)</c>.</param>
/// <param name="read">Reads the current row.</param>
/// <param name="keySelector">The key a row belongs to.</param>
internal sealed class RowLoader<TKey, TRow>(string sql, Func<NpgsqlDataReader, TRow> read, Func<TRow, TKey> keySelector)
    : BatchLoader<TKey, TRow>((keys, services, cancellationToken) => ReadAsync(sql, read, keys, services, cancellationToken), keySelector)
    where TKey : notnull
{
    private static async Task<IEnumerable<TRow>> ReadAsync(
        string sql, Func<NpgsqlDataReader, TRow> read, IReadOnlyList<TKey> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return await command.ReadAllAsync(read, cancellationToken).ConfigureAwait(false);
    }
}
