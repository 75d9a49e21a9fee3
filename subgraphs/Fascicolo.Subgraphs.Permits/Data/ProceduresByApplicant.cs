using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The procedures each resident filed, newest first, by their fiscal code.</summary>
internal static class ProceduresByApplicant
{
    private const string Sql = $"""
        select {ProcedureRecord.Columns}
        from procedure p
        where p.applicant_fiscal_code = any(@keys)
        order by p.applicant_fiscal_code, p.submitted_at desc, p.id desc
        """;

    /// <summary>The loader of <c>Citizen.procedures</c>.</summary>
    public static readonly BatchLoader<string, ProcedureRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureRecord.Read, cancellationToken),
        p => p.ApplicantFiscalCode);
}
