using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>Every route of the loaded feed, optionally of one kind, in the order routes are listed.</summary>
internal static class RouteList
{
    private const string Sql = $"""
        select {RouteRecord.Columns}
        from gtfs_route r
        where @types::int[] is null or r.type = any(@types)
        order by {RouteRecord.Order}
        """;

    /// <summary>Fetches the routes; <paramref name="types"/> null for all.</summary>
    public static async Task<IReadOnlyList<RouteRecord>> FindAsync(IServiceProvider services, int[]? types, CancellationToken cancellationToken) =>
        [.. await SqlRows.QueryAsync(services, Sql, command => command.Parameters.Add(
            new Npgsql.NpgsqlParameter("types", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)types ?? DBNull.Value }),
            r => RouteRecord.Read(r), cancellationToken).ConfigureAwait(false)];
}
