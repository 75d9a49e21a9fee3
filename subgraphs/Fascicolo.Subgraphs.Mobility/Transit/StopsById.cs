using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Data;

namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>Stops by id, a batch at a time.</summary>
internal static class StopsById
{
    private const string Sql = $"""
        select {StopRecord.Columns}
        from gtfs_stop s
        where s.stop_id = any(@keys)
        """;

    /// <summary>The loader of <c>Query.transitStop</c> and <c>departures</c>' stop check.</summary>
    public static readonly BatchLoader<string, StopRecord> Loader = new(
        (ids, services, ct) => SqlRows.ByKeysAsync(services, Sql, ids, r => StopRecord.Read(r), ct), s => s.StopId);
}
