namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A school (plesso) or nursery where children are enrolled.</summary>
/// <param name="Code">
/// The key: a MIUR meccanografico code for a state school (e.g. <c>GEEE80101I</c>), the city's own
/// code for a municipal one (e.g. <c>D969-NIDO-801</c>); see <see cref="SchoolCodes"/>.
/// </param>
/// <param name="Name">The name, e.g. <c>Scuola primaria Giovanni Pascoli</c>.</param>
/// <param name="Order">Nursery, preschool, primary or lower secondary.</param>
/// <param name="Management">State or municipal.</param>
/// <param name="Institute">The istituto comprensivo a state school belongs to; null for a municipal one.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality it stands in.</param>
/// <param name="Municipio">Genova's municipio (1–9); null elsewhere.</param>
/// <param name="BuildingId">The building that houses it (owned by the territory subgraph); plessi may share one.</param>
public sealed record School(
    string Code,
    string Name,
    SchoolOrder Order,
    SchoolManagement Management,
    SchoolInstitute? Institute,
    string MunicipalityCode,
    int? Municipio,
    string BuildingId);
