using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A taxpayer's payments of every year, a batch of taxpayers at a time.</summary>
internal static class TaxPaymentsByFiscalCode
{
    private const string Sql = """
        select p.fiscal_code, p.tax, p.year, p.instalment, p.amount_cents, p.paid_on, p.channel
        from tax_payment p
        where p.fiscal_code = any(@keys)
        order by p.fiscal_code, p.year, p.paid_on, p.tax, p.instalment
        """;

    /// <summary>The loader of payments by taxpayer.</summary>
    public static readonly BatchLoader<string, (string FiscalCode, TaxPayment Payment)> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(
            Sql,
            keys,
            r => (r.GetString(0), new TaxPayment((TaxKind)r.GetInt16(1), r.GetInt16(2), r.GetInt16(3), r.GetInt64(4), r.GetFieldValue<DateOnly>(5), (TaxPaymentChannel)r.GetInt16(6))),
            services,
            ct),
        row => row.FiscalCode);
}
