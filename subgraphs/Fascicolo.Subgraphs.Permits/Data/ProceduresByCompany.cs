using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The SUAP procedures of each business, newest first, by its fiscal code.</summary>
internal static class ProceduresByCompany
{
    private const string Sql = $"""
        select {ProcedureRecord.Columns}
        from procedure p
        where p.company_fiscal_code = any(@keys)
        order by p.company_fiscal_code, p.submitted_at desc, p.id desc
        """;

    /// <summary>The loader of <c>Company.procedures</c>.</summary>
    public static readonly BatchLoader<string, ProcedureRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureRecord.Read, cancellationToken),
        p => p.CompanyFiscalCode!);
}
