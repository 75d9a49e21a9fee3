namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The cadastral units of buildings, a batch of buildings at a time.</summary>
internal static class CadastralUnitsByBuilding
{
    // In sub-unit order, as a cadastral survey (visura per immobile) lists them.
    private const string Sql = $"""
        select {CadastralUnitRecord.Columns}
        from cadastral_unit u
        where u.building_id = any(@keys)
        order by u.building_id, u.sub_unit
        """;

    /// <summary>The loader of <c>Building.cadastralUnits</c> and <c>Condominium.units</c>.</summary>
    public static readonly RowLoader<string, CadastralUnitRecord> Loader = new(Sql, r => CadastralUnitRecord.Read(r), u => u.BuildingId);
}
