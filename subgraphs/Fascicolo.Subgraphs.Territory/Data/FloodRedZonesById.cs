namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Flood red zones by id, a batch at a time.</summary>
internal static class FloodRedZonesById
{
    private const string Sql = $"""
        select {FloodRedZoneRecord.Columns}
        from flood_red_zone z
        where z.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a red zone by id shares.</summary>
    public static readonly RowLoader<string, FloodRedZoneRecord> Loader = new(Sql, FloodRedZoneRecord.Read, z => z.Id);
}
