using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>Procedures by protocol number, a batch at a time.</summary>
internal static class ProceduresByProtocolNumber
{
    private const string Sql = $"""
        select {ProcedureRecord.Columns}
        from procedure p
        where p.protocol_number = any(@keys)
        """;

    /// <summary>The loader of <c>Query.procedureByProtocolNumber</c>.</summary>
    public static readonly BatchLoader<string, ProcedureRecord> Loader = new(
        (keys, services, cancellationToken) => Rows.ByKeysAsync(services, Sql, keys, ProcedureRecord.Read, cancellationToken),
        p => p.ProtocolNumber);
}
