using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The documents of each procedure, in upload order.</summary>
internal static class DocumentsByProcedure
{
    private const string Sql = $"""
        select {ProcedureDocumentRecord.Columns}
        from procedure_document d
        where d.procedure_id = any(@keys)
        order by d.procedure_id, d.sequence
        """;

    /// <summary>The loader of <c>Procedure.documents</c>.</summary>
    public static readonly BatchLoader<string, ProcedureDocumentRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureDocumentRecord.Read, cancellationToken),
        d => d.ProcedureId);
}
