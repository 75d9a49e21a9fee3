using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The fees of each procedure, by IUPD.</summary>
internal static class FeesByProcedure
{
    private const string Sql = $"""
        select {ProcedureFeeRecord.Columns}
        from procedure_fee f
        where f.procedure_id = any(@keys)
        order by f.procedure_id, f.iupd
        """;

    /// <summary>The loader of <c>Procedure.fees</c>.</summary>
    public static readonly BatchLoader<string, ProcedureFeeRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureFeeRecord.Read, cancellationToken),
        f => f.ProcedureId);
}
