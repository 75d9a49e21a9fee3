namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The energy certificates of cadastral units, a batch of units at a time.</summary>
internal static class EnergyCertificatesByUnit
{
    private const string Sql = $"""
        select {EnergyCertificateRecord.Columns}
        from energy_certificate e
        where e.cadastral_unit_id = any(@keys)
        order by e.cadastral_unit_id, e.issued_on desc, e.code desc
        """;

    /// <summary>The loader of <c>CadastralUnit.energyCertificates</c>.</summary>
    public static readonly RowLoader<string, EnergyCertificateRecord> Loader = new(Sql, EnergyCertificateRecord.Read, e => e.CadastralUnitId);
}
