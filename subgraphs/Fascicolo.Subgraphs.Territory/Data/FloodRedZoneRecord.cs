using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>flood_red_zone</c> with how many buildings it flags.</summary>
/// <param name="Id">The zone id, e.g. <c>RZ-D969-01</c>.</param>
/// <param name="Name">The name the city uses.</param>
/// <param name="Watercourse">The river or stream.</param>
/// <param name="MunicipalityCode">The municipality's Belfiore code.</param>
/// <param name="Municipio">The municipio in Genova; null elsewhere.</param>
/// <param name="BuildingCount">How many buildings are flagged in it.</param>
internal sealed record FloodRedZoneRecord(string Id, string Name, string Watercourse, string MunicipalityCode, int? Municipio, int BuildingCount)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>flood_red_zone z</c>; the count is a correlated lookup on the zone's index.</summary>
    public const string Columns = """
        z.id, z.name, z.watercourse, z.municipality_code, z.municipio,
        (select count(*) from building b where b.flood_red_zone_id = z.id)::int as building_count
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static FloodRedZoneRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetInt16(4),
        reader.GetInt32(5));
}
