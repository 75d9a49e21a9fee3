namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Buildings (with their municipality) by id, a batch at a time.</summary>
internal static class BuildingsById
{
    private const string Sql = $"""
        select {BuildingRecord.Columns}
        from {BuildingRecord.From}
        where b.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a building by id shares.</summary>
    public static readonly RowLoader<string, BuildingRecord> Loader = new(Sql, r => BuildingRecord.Read(r), b => b.Id);
}
