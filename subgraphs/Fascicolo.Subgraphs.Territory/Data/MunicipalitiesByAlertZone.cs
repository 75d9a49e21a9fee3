namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The municipalities of alert zones, a batch of zones at a time.</summary>
internal static class MunicipalitiesByAlertZone
{
    private const string Sql = $"""
        select {MunicipalityRecord.Columns}
        from municipality m
        where m.alert_zone_code = any(@keys)
        order by m.alert_zone_code, m.istat_code
        """;

    /// <summary>The loader of <c>AlertZone.municipalities</c>.</summary>
    public static readonly RowLoader<string, MunicipalityRecord> Loader = new(Sql, r => MunicipalityRecord.Read(r), m => m.AlertZoneCode);
}
