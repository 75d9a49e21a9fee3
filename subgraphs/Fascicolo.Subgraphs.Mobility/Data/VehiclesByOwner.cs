using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The cars of many owners, a batch at a time, each owner's in plate order.</summary>
internal static class VehiclesByOwner
{
    private const string Sql = $"""
        select {VehicleRecord.Columns}
        from vehicle v
        where v.owner_fiscal_code = any(@keys)
        order by v.owner_fiscal_code, v.plate
        """;

    /// <summary>The loader of <c>Citizen.vehicles</c>.</summary>
    public static readonly BatchLoader<string, VehicleRecord> Loader = new(
        (owners, services, ct) => SqlRows.ByKeysAsync(services, Sql, owners, VehicleRecord.Read, ct), v => v.OwnerFiscalCode);
}
