namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Condominiums by id, a batch at a time.</summary>
internal static class CondominiumsById
{
    private const string Sql = $"""
        select {CondominiumRecord.Columns}
        from condominium c
        where c.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a condominium by id shares.</summary>
    public static readonly RowLoader<string, CondominiumRecord> Loader = new(Sql, CondominiumRecord.Read, c => c.Id);
}
