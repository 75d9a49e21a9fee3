using Fascicolo.Domain.SyntheticCity.Welfare;
using Npgsql;

namespace Fascicolo.Subgraphs.Welfare.Data;

/// <summary>A row of <c>social_office</c>.</summary>
/// <param name="Code">The office code, e.g. <c>ATS-D969-01</c>.</param>
/// <param name="Name">The office name.</param>
/// <param name="Kind">District (ATS) or municipal desk.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality it serves.</param>
/// <param name="MunicipalityName">The municipality's name.</param>
/// <param name="Municipio">The Genova municipio it serves; null elsewhere.</param>
internal sealed record SocialOfficeRecord(string Code, string Name, SocialOfficeKind Kind, string MunicipalityCode, string MunicipalityName, int? Municipio)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>social_office</c> aliased <c>o</c>.</summary>
    public const string Columns = "o.code, o.name, o.kind, o.municipality_code, o.municipality_name, o.municipio";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static SocialOfficeRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (SocialOfficeKind)reader.GetInt16(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetInt16(5));
}
