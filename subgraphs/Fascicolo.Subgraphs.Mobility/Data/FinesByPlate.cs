using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The fines of many cars, a batch at a time, newest first.</summary>
internal static class FinesByPlate
{
    private const string Sql = $"""
        select {TrafficFineRecord.Columns}
        from traffic_fine f
        where f.plate = any(@keys)
        order by f.plate, f.committed_at desc, f.number
        """;

    /// <summary>The loader of <c>Vehicle.trafficFines</c>.</summary>
    public static readonly BatchLoader<string, TrafficFineRecord> Loader = new(
        (plates, services, ct) => SqlRows.ByKeysAsync(services, Sql, plates, TrafficFineRecord.Read, ct), f => f.Plate);
}
