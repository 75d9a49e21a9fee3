using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>Routes by id, a batch at a time.</summary>
internal static class RoutesById
{
    private const string Sql = $"""
        select {RouteRecord.Columns}
        from gtfs_route r
        where r.route_id = any(@keys)
        """;

    /// <summary>The loader of <c>Query.route</c> and <c>TransitDeparture.route</c>.</summary>
    public static readonly BatchLoader<string, RouteRecord> Loader = new(
        (ids, services, ct) => SqlRows.ByKeysAsync(services, Sql, ids, r => RouteRecord.Read(r), ct), r => r.RouteId);
}
