using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A taxpayer's assessments of every year, a batch of taxpayers at a time.</summary>
internal static class TaxAssessmentsByFiscalCode
{
    private const string Sql = $"""
        select {TaxAssessmentRecord.Columns}
        from tax_assessment a
        where a.fiscal_code = any(@keys)
        order by a.fiscal_code, a.year, a.tax
        """;

    /// <summary>The loader of assessments by taxpayer.</summary>
    public static readonly BatchLoader<string, TaxAssessmentRecord> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(Sql, keys, TaxAssessmentRecord.Read, services, ct),
        row => row.FiscalCode);
}
