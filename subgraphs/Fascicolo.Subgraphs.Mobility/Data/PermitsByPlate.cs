using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The ZTL permits of many cars, a batch at a time, newest first.</summary>
internal static class PermitsByPlate
{
    private const string Sql = $"""
        select {ZtlPermitRecord.Columns}
        from ztl_permit p
        where p.plate = any(@keys)
        order by p.plate, p.valid_from desc, p.number
        """;

    /// <summary>The loader of <c>Vehicle.ztlPermits</c>.</summary>
    public static readonly BatchLoader<string, ZtlPermitRecord> Loader = new(
        (plates, services, ct) => SqlRows.ByKeysAsync(services, Sql, plates, ZtlPermitRecord.Read, ct), p => p.Plate);
}
