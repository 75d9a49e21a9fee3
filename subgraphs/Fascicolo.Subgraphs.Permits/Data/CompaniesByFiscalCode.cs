using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>Companies by fiscal code, a batch at a time.</summary>
internal static class CompaniesByFiscalCode
{
    private const string Sql = $"""
        select {CompanyRecord.Columns}
        from company c
        where c.fiscal_code = any(@keys)
        """;

    /// <summary>The loader every field resolving a company by fiscal code shares.</summary>
    public static readonly BatchLoader<string, CompanyRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, CompanyRecord.Read, cancellationToken),
        c => c.FiscalCode);
}
