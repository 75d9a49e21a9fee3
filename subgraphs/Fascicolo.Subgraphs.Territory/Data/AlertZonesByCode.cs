namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Alert zones by letter, a batch at a time.</summary>
internal static class AlertZonesByCode
{
    private const string Sql = """
        select z.code, z.name, z.description
        from alert_zone z
        where z.code = any(@keys)
        """;

    /// <summary>The loader every field resolving an alert zone shares.</summary>
    public static readonly RowLoader<string, AlertZoneRecord> Loader = new(
        Sql, r => new AlertZoneRecord(r.GetString(0), r.GetString(1), r.GetString(2)), z => z.Code);
}
