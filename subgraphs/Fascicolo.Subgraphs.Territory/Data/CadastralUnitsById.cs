namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Cadastral units by id, a batch at a time.</summary>
internal static class CadastralUnitsById
{
    private const string Sql = $"""
        select {CadastralUnitRecord.Columns}
        from cadastral_unit u
        where u.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a unit by id shares.</summary>
    public static readonly RowLoader<string, CadastralUnitRecord> Loader = new(Sql, r => CadastralUnitRecord.Read(r), u => u.Id);
}
