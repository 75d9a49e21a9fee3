using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A taxpayer's IMU holdings, a batch of taxpayers at a time.</summary>
internal static class ImuHoldingsByFiscalCode
{
    private const string Sql = """
        select h.fiscal_code, h.unit_id, h.category, h.cadastral_income_cents, h.share_numerator, h.share_denominator,
               h.since, h.until, h.use, h.resident_owners
        from imu_holding h
        where h.fiscal_code = any(@keys)
        order by h.fiscal_code, h.unit_id
        """;

    /// <summary>The loader of holdings by owner.</summary>
    public static readonly BatchLoader<string, (string FiscalCode, ImuHolding Holding)> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(
            Sql,
            keys,
            r => (r.GetString(0), new ImuHolding(
                r.GetString(1),
                CadastralCategory.Parse(r.GetString(2)),
                r.GetInt64(3),
                r.GetInt16(4),
                r.GetInt16(5),
                r.GetFieldValue<DateOnly>(6),
                r.GetNullableDate(7),
                (ImuUse)r.GetInt16(8),
                r.GetInt16(9))),
            services,
            ct),
        row => row.FiscalCode);
}
