using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>
/// Pages of red zones' buildings, every zone's page of a request in one statement: a lateral
/// subquery cuts each zone's page from the zone's index, whatever its cursor and size.
/// </summary>
internal static class BuildingsByRedZonePage
{
    private const string Sql = $"""
        select k.ordinal, {BuildingRecord.Columns}
        from unnest(@zones, @afters, @limits) with ordinality as k(zone_id, after_id, row_limit, ordinal)
        cross join lateral (
            select * from building b
            where b.flood_red_zone_id = k.zone_id and (k.after_id is null or b.id > k.after_id)
            order by b.id
            limit k.row_limit
        ) b
        join municipality m on m.belfiore_code = b.municipality_code
        order by k.ordinal, b.id
        """;

    /// <summary>The loader of <c>FloodRedZone.buildings</c>.</summary>
    public static readonly BatchLoader<RedZonePage, (RedZonePage Page, BuildingRecord Building)> Loader = new(LoadAsync, row => row.Page);

    private static async Task<IEnumerable<(RedZonePage, BuildingRecord)>> LoadAsync(
        IReadOnlyList<RedZonePage> pages, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("zones", pages.Select(p => p.ZoneId).ToArray());
        command.Parameters.AddWithValue("afters", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, pages.Select(p => p.After).ToArray());
        command.Parameters.AddWithValue("limits", pages.Select(p => p.Limit).ToArray());
        // The ordinal is 1-based and follows the arrays, hence the page of each row.
        return await command.ReadAllAsync(r => (pages[(int)r.GetInt64(0) - 1], BuildingRecord.Read(r, 1)), cancellationToken).ConfigureAwait(false);
    }
}
