namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The units citizens own a share of, by owner's fiscal code, a batch of owners at a time.</summary>
internal static class CadastralUnitsByOwner
{
    private const string Sql = $"""
        select o.owner_fiscal_code, {CadastralUnitRecord.Columns}
        from cadastral_ownership o
        join cadastral_unit u on u.id = o.cadastral_unit_id
        where o.owner_fiscal_code = any(@keys)
        order by o.owner_fiscal_code, u.id
        """;

    /// <summary>The loader of <c>Citizen.properties</c>.</summary>
    public static readonly RowLoader<string, Keyed<CadastralUnitRecord>> Loader = new(
        Sql, r => new Keyed<CadastralUnitRecord>(r.GetString(0), CadastralUnitRecord.Read(r, 1)), k => k.Key);
}
