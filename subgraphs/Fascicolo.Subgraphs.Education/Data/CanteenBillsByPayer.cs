using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Canteen bills by the fiscal code of who is billed (a parent), newest first, a batch at a time.</summary>
internal static class CanteenBillsByPayer
{
    private const string Sql = $"""
        select {CanteenBillRecord.Columns}
        from canteen_bill b
        where b.payer_fiscal_code = any(@keys)
        order by b.payer_fiscal_code, b.issued_on desc, b.iupd
        """;

    /// <summary>The loader of <c>Citizen.canteenBills</c>.</summary>
    public static readonly BatchLoader<string, CanteenBillRecord> Loader = KeyedQuery.Loader(Sql, CanteenBillRecord.Read, b => b.PayerFiscalCode);
}
