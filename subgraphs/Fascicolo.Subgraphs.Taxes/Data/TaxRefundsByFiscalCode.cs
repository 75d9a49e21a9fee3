using Fascicolo.Domain.Taxes;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A taxpayer's refunds of every year, a batch of taxpayers at a time.</summary>
internal static class TaxRefundsByFiscalCode
{
    private const string Sql = """
        select r.id, r.fiscal_code, r.tax, r.year, r.amount_cents, r.requested_on, r.paid_on
        from tax_refund r
        where r.fiscal_code = any(@keys)
        order by r.fiscal_code, r.year, r.tax, r.id
        """;

    /// <summary>The loader of refunds by taxpayer.</summary>
    public static readonly BatchLoader<string, TaxRefundRecord> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(
            Sql,
            keys,
            r => new TaxRefundRecord(r.GetString(0), r.GetString(1), (TaxKind)r.GetInt16(2), r.GetInt16(3), r.GetInt64(4), r.GetNullableDate(5), r.GetNullableDate(6)),
            services,
            ct),
        row => row.FiscalCode);
}
