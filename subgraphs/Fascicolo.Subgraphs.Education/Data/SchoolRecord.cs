using Fascicolo.Domain.SyntheticCity.Education;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>school</c>.</summary>
/// <param name="Code">The key: a meccanografico code, or the city's code of a municipal school.</param>
/// <param name="Name">The name.</param>
/// <param name="Order">Nursery, preschool, primary or lower secondary.</param>
/// <param name="Management">State or municipal.</param>
/// <param name="InstituteCode">The istituto comprensivo's code; null for a municipal school.</param>
/// <param name="InstituteName">The istituto comprensivo's name; null for a municipal school.</param>
/// <param name="MunicipalityCode">The Belfiore code of its municipality.</param>
/// <param name="Municipio">Genova's municipio; null elsewhere.</param>
/// <param name="BuildingId">The building it stands in (owned by the territory subgraph).</param>
internal sealed record SchoolRecord(
    string Code,
    string Name,
    SchoolOrder Order,
    SchoolManagement Management,
    string? InstituteCode,
    string? InstituteName,
    string MunicipalityCode,
    int? Municipio,
    string BuildingId)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>school s</c>.</summary>
    public const string Columns =
        "s.code, s.name, s.school_order, s.management, s.institute_code, s.institute_name, s.municipality_code, s.municipio, s.building_id";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static SchoolRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (SchoolOrder)reader.GetInt16(2),
        (SchoolManagement)reader.GetInt16(3),
        reader.GetNullableString(4),
        reader.GetNullableString(5),
        reader.GetString(6),
        reader.GetNullableInt16(7),
        reader.GetString(8));
}
