namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The owners of cadastral units, a batch of units at a time.</summary>
internal static class OwnershipsByUnit
{
    // The largest share first, then by fiscal code: a stable order for clients and snapshots.
    private const string Sql = """
        select o.cadastral_unit_id, o.owner_fiscal_code, o.share_numerator, o.share_denominator, o.since
        from cadastral_ownership o
        where o.cadastral_unit_id = any(@keys)
        order by o.cadastral_unit_id, o.share_numerator::numeric / o.share_denominator desc, o.owner_fiscal_code
        """;

    /// <summary>The loader of <c>CadastralUnit.owners</c>.</summary>
    public static readonly RowLoader<string, OwnershipRecord> Loader = new(
        Sql,
        r => new OwnershipRecord(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetFieldValue<DateOnly>(4)),
        o => o.CadastralUnitId);
}
