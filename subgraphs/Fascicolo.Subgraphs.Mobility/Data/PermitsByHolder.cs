using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>The ZTL permits of many holders, a batch at a time, newest first.</summary>
internal static class PermitsByHolder
{
    private const string Sql = $"""
        select {ZtlPermitRecord.Columns}
        from ztl_permit p
        where p.holder_fiscal_code = any(@keys)
        order by p.holder_fiscal_code, p.valid_from desc, p.number
        """;

    /// <summary>The loader of <c>Citizen.ztlPermits</c>.</summary>
    public static readonly BatchLoader<string, ZtlPermitRecord> Loader = new(
        (holders, services, ct) => SqlRows.ByKeysAsync(services, Sql, holders, ZtlPermitRecord.Read, ct), p => p.HolderFiscalCode);
}
