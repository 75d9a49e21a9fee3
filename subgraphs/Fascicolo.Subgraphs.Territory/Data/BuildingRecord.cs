using Fascicolo.Domain.SyntheticCity;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>building</c> with its municipality.</summary>
/// <param name="Id">The building id, e.g. <c>BLD-D969-000001</c>.</param>
/// <param name="Municipio">Genova's municipal district (1–9); null elsewhere.</param>
/// <param name="MunicipioName">The municipio's name, e.g. <c>Centro Est</c>; null elsewhere.</param>
/// <param name="Street">The street name.</param>
/// <param name="HouseNumber">The house number; Genova's red numbers end in <c>r</c>.</param>
/// <param name="PostalCode">The five-digit CAP.</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="ConstructionYear">The year the building was completed.</param>
/// <param name="Use">What it is mainly used for.</param>
/// <param name="FloodRedZoneId">The red zone it is flagged in, if any.</param>
/// <param name="Municipality">The municipality it stands in.</param>
internal sealed record BuildingRecord(
    string Id,
    int? Municipio,
    string? MunicipioName,
    string Street,
    string HouseNumber,
    string PostalCode,
    double Latitude,
    double Longitude,
    int ConstructionYear,
    BuildingUse Use,
    string? FloodRedZoneId,
    MunicipalityRecord Municipality)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>building b</c> joined to <c>municipality m</c>.</summary>
    public const string Columns = $"""
        b.id, b.municipio, b.municipio_name, b.street, b.house_number, b.postal_code, b.latitude, b.longitude,
        b.construction_year, b.use, b.flood_red_zone_id, {MunicipalityRecord.Columns}
        """;

    /// <summary>The relations <see cref="Columns"/> reads from.</summary>
    public const string From = "building b join municipality m on m.belfiore_code = b.municipality_code";

    /// <summary>Reads <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static BuildingRecord Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.IsDBNull(first + 1) ? null : reader.GetInt16(first + 1),
        reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        reader.GetDouble(first + 6),
        reader.GetDouble(first + 7),
        reader.GetInt16(first + 8),
        (BuildingUse)reader.GetInt16(first + 9),
        reader.IsDBNull(first + 10) ? null : reader.GetString(first + 10),
        MunicipalityRecord.Read(reader, first + 11));
}
