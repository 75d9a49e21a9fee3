using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The history of each procedure, oldest step first.</summary>
internal static class StepsByProcedure
{
    private const string Sql = $"""
        select {ProcedureStepRecord.Columns}
        from procedure_step s
        where s.procedure_id = any(@keys)
        order by s.procedure_id, s.sequence
        """;

    /// <summary>The loader of <c>Procedure.steps</c>.</summary>
    public static readonly BatchLoader<string, ProcedureStepRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureStepRecord.Read, cancellationToken),
        s => s.ProcedureId);
}
