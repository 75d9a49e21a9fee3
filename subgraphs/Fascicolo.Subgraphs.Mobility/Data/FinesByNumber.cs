using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>Fines by verbale number, a batch at a time.</summary>
internal static class FinesByNumber
{
    private const string Sql = $"""
        select {TrafficFineRecord.Columns}
        from traffic_fine f
        where f.number = any(@keys)
        """;

    /// <summary>The loader of <c>Query.trafficFine</c>.</summary>
    public static readonly BatchLoader<string, TrafficFineRecord> Loader = new(
        (numbers, services, ct) => SqlRows.ByKeysAsync(services, Sql, numbers, TrafficFineRecord.Read, ct), f => f.Number);
}
