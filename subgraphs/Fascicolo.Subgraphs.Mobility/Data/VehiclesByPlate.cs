using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>Cars by plate, a batch at a time.</summary>
internal static class VehiclesByPlate
{
    private const string Sql = $"""
        select {VehicleRecord.Columns}
        from vehicle v
        where v.plate = any(@keys)
        """;

    /// <summary>The loader of <c>Query.vehicle</c>, <c>_entities</c> and every field that leads to a car.</summary>
    public static readonly BatchLoader<string, VehicleRecord> Loader = new(
        (plates, services, ct) => SqlRows.ByKeysAsync(services, Sql, plates, VehicleRecord.Read, ct), v => v.Plate);
}
