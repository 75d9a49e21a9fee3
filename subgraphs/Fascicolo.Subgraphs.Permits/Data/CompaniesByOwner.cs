using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The companies each resident owns or represents, by their fiscal code.</summary>
internal static class CompaniesByOwner
{
    private const string Sql = $"""
        select {CompanyRecord.Columns}
        from company c
        where c.owner_fiscal_code = any(@keys)
        order by c.owner_fiscal_code, c.fiscal_code
        """;

    /// <summary>The loader of <c>Citizen.companies</c>.</summary>
    public static readonly BatchLoader<string, CompanyRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, CompanyRecord.Read, cancellationToken),
        c => c.OwnerFiscalCode);
}
