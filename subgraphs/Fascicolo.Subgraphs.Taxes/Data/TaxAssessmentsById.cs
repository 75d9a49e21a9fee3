using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>Assessments by id, a batch at a time.</summary>
internal static class TaxAssessmentsById
{
    private const string Sql = $"""
        select {TaxAssessmentRecord.Columns}
        from tax_assessment a
        where a.id = any(@keys)
        """;

    /// <summary>The loader of assessments by id.</summary>
    public static readonly BatchLoader<string, TaxAssessmentRecord> Loader = new(
        (keys, services, ct) => KeyedQuery.RunAsync(Sql, keys, TaxAssessmentRecord.Read, services, ct),
        row => row.Id);
}
