namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The condominium each building forms, a batch of buildings at a time.</summary>
internal static class CondominiumsByBuilding
{
    private const string Sql = $"""
        select {CondominiumRecord.Columns}
        from condominium c
        where c.building_id = any(@keys)
        """;

    /// <summary>The loader of <c>Building.condominium</c>.</summary>
    public static readonly RowLoader<string, CondominiumRecord> Loader = new(Sql, CondominiumRecord.Read, c => c.BuildingId);
}
