using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>The routes serving many stops, a batch at a time, in the order routes are listed.</summary>
internal static class RoutesByStop
{
    private const string Sql = $"""
        select served.stop_id, {RouteRecord.Columns}
        from (select distinct rs.stop_id, rs.route_id from gtfs_route_stop rs where rs.stop_id = any(@keys)) served
        join gtfs_route r on r.route_id = served.route_id
        order by served.stop_id, {RouteRecord.Order}
        """;

    /// <summary>The loader of <c>TransitStop.routes</c>.</summary>
    public static readonly BatchLoader<string, (string StopId, RouteRecord Route)> Loader = new(
        (ids, services, ct) => SqlRows.ByKeysAsync(services, Sql, ids, r => (r.GetString(0), RouteRecord.Read(r, 1)), ct),
        row => row.StopId);
}
