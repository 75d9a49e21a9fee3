using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>The ordered stops of many routes (both directions), a batch at a time.</summary>
internal static class RouteStopsByRoute
{
    private const string Sql = $"""
        select rs.route_id, rs.direction_id, {StopRecord.Columns}
        from gtfs_route_stop rs
        join gtfs_stop s on s.stop_id = rs.stop_id
        where rs.route_id = any(@keys)
        order by rs.route_id, rs.direction_id, rs.stop_sequence
        """;

    /// <summary>The loader of <c>TransitRoute.stops</c>: rows of every direction; the field keeps the one asked for.</summary>
    public static readonly BatchLoader<string, (string RouteId, int DirectionId, StopRecord Stop)> Loader = new(
        (ids, services, ct) => SqlRows.ByKeysAsync(services, Sql, ids, r => (r.GetString(0), (int)r.GetInt16(1), StopRecord.Read(r, 2)), ct),
        row => row.RouteId);
}
