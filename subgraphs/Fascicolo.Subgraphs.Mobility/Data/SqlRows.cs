using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>Runs one statement with a <c>@keys</c> array (or other parameters) and reads its rows.</summary>
internal static class SqlRows
{
    /// <summary>Runs <paramref name="sql"/> with <c>@keys</c> bound to <paramref name="keys"/> and maps each row.</summary>
    public static Task<IEnumerable<T>> ByKeysAsync<TKey, T>(
        IServiceProvider services, string sql, IReadOnlyList<TKey> keys, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync(services, sql, command => command.Parameters.AddWithValue("keys", keys.ToArray()), read, cancellationToken);

    /// <summary>Runs <paramref name="sql"/> with the parameters <paramref name="bind"/> adds and maps each row.</summary>
    public static async Task<IEnumerable<T>> QueryAsync<T>(
        IServiceProvider services, string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
