using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A household head's TARI accounts, a batch of heads at a time.</summary>
internal static class TariOccupanciesByFiscalCode
{
    private const string Sql = """
        select o.fiscal_code, o.from_year, o.to_year, o.dwelling_id, o.unit_id, o.surface_sqm, o.occupants
        from tari_occupancy o
        where o.fiscal_code = any(@keys)
        order by o.fiscal_code, o.from_year
        """;

    /// <summary>The loader of TARI accounts by head of household.</summary>
    public static readonly BatchLoader<string, TariOccupancyRecord> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(
            Sql,
            keys,
            r => new TariOccupancyRecord(r.GetString(0), r.GetInt16(1), r.GetInt16(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt16(6)),
            services,
            ct),
        row => row.FiscalCode);
}
