namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Municipalities by Belfiore code, a batch at a time.</summary>
internal static class MunicipalitiesByCode
{
    private const string Sql = $"""
        select {MunicipalityRecord.Columns}
        from municipality m
        where m.belfiore_code = any(@keys)
        """;

    /// <summary>The loader of <c>FloodRedZone.municipality</c>.</summary>
    public static readonly RowLoader<string, MunicipalityRecord> Loader = new(Sql, r => MunicipalityRecord.Read(r), m => m.BelfioreCode);
}
