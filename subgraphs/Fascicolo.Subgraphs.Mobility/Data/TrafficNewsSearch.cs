using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The traffic notices in force at an instant, in id (start) order, paged by keyset on the id.</summary>
internal static class TrafficNewsSearch
{
    private const string Sql = """
        select n.id, n.kind, n.title, n.description, n.street, n.municipio, n.latitude, n.longitude, n.valid_from, n.valid_until
        from traffic_news n
        where n.valid_from <= @at and (n.valid_until is null or n.valid_until > @at)
          and (@after::text is null or n.id > @after)
        order by n.id
        limit @limit
        """;

    /// <summary>Fetches up to <paramref name="limit"/> notices in force at <paramref name="at"/> with an id after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<TrafficNewsRecord>> FindAsync(
        IServiceProvider services, DateTime at, string? after, int limit, CancellationToken cancellationToken)
    {
        var rows = await SqlRows.QueryAsync(services, Sql, command =>
        {
            command.Parameters.AddWithValue("at", at);
            command.Parameters.Add(new Npgsql.NpgsqlParameter("after", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)after ?? DBNull.Value });
            command.Parameters.AddWithValue("limit", limit);
        }, reader => new TrafficNewsRecord(
            reader.GetString(0),
            (TrafficNewsKind)reader.GetInt16(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetInt16(5),
            reader.GetDouble(6),
            reader.GetDouble(7),
            reader.GetFieldValue<DateTime>(8),
            reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTime>(9)), cancellationToken).ConfigureAwait(false);
        return [.. rows];
    }
}
