using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>Runs one statement on the subgraph's data source and reads its rows.</summary>
internal static class Rows
{
    /// <summary>Runs <paramref name="sql"/> with <c>@keys</c> bound to <paramref name="keys"/> and reads every row.</summary>
    public static Task<IEnumerable<T>> ByKeysAsync<T>(
        IServiceProvider services, string sql, IReadOnlyList<string> keys, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        ReadAsync(services, sql, parameters => parameters.AddWithValue("keys", keys.ToArray()), read, cancellationToken);

    /// <summary>Runs <paramref name="sql"/> with the parameters <paramref name="bind"/> adds and reads every row.</summary>
    public static async Task<IEnumerable<T>> ReadAsync<T>(
        IServiceProvider services, string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
