using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>Runs one statement with the keys of a batch bound to <c>@keys</c> and reads its rows.</summary>
internal static class KeyedQuery
{
    /// <summary>Runs <paramref name="sql"/> with <paramref name="keys"/> as the array <c>@keys</c>.</summary>
    public static async Task<IEnumerable<TRow>> RunAsync<TKey, TRow>(
        string sql, IReadOnlyList<TKey> keys, Func<NpgsqlDataReader, TRow> read, IServiceProvider services, CancellationToken cancellationToken)
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

    /// <summary>A nullable date column.</summary>
    public static DateOnly? GetNullableDate(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
}
