using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Where a citizen lives: a dwelling in a building, at the building's street address.</summary>
/// <param name="FiscalCode">The resident's fiscal code.</param>
/// <param name="BuildingId">The building (owned by the territory subgraph), e.g. <c>BLD-D969-000001</c>.</param>
/// <param name="DwellingId">The dwelling inside the building, e.g. <c>DWL-0000001</c>.</param>
/// <param name="Street">The street name, e.g. <c>Via XX Settembre</c>.</param>
/// <param name="HouseNumber">The house number (Genova's red numbers end in <c>r</c>).</param>
/// <param name="PostalCode">The five-digit CAP.</param>
/// <param name="Municipio">Genova's municipal district (1–9); null elsewhere.</param>
/// <param name="Municipality">The municipality the building stands in.</param>
internal sealed record ResidenceRecord(
    string FiscalCode,
    string BuildingId,
    string DwellingId,
    string Street,
    string HouseNumber,
    string PostalCode,
    int? Municipio,
    MunicipalityRecord Municipality)
{
    /// <summary>The columns <see cref="Read"/> expects, in order, for <c>residence r</c>, <c>address a</c> and <c>municipality m</c>.</summary>
    public const string Columns = """
        r.fiscal_code, r.building_id, r.dwelling_id, a.street, a.house_number, a.postal_code, a.municipio,
        m.belfiore_code, m.istat_code, m.name, m.province
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static ResidenceRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetInt16(6),
        new MunicipalityRecord(reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10)));
}
