using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>Procedures by id, a batch at a time.</summary>
internal static class ProceduresById
{
    private const string Sql = $"""
        select {ProcedureRecord.Columns}
        from procedure p
        where p.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a procedure by id shares.</summary>
    public static readonly BatchLoader<string, ProcedureRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureRecord.Read, cancellationToken),
        p => p.Id);
}
