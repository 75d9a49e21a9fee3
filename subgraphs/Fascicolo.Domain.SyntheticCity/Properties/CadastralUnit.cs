namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>A cadastral unit (unità immobiliare urbana): a dwelling, or a garage beside one.</summary>
/// <param name="Id">Stable id, <c>CU-</c> + seven digits; a dwelling's unit has the dwelling's number.</param>
/// <param name="BuildingId">The building it is in.</param>
/// <param name="DwellingId">The dwelling it is, or null for a garage (C/6).</param>
/// <param name="AppurtenantToId">For a garage, the id of the dwelling's unit it belongs with (pertinenza); else null.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality, the cadastre's first key.</param>
/// <param name="Sheet">The foglio.</param>
/// <param name="Parcel">The particella (mappale).</param>
/// <param name="SubUnit">The subalterno, unique within the parcel.</param>
/// <param name="Category">The cadastral category, e.g. <c>A/2</c> or <c>C/6</c>.</param>
/// <param name="CadastralIncomeCents">The rendita catastale in euro cents, before revaluation.</param>
/// <param name="SurfaceSquareMetres">The cadastral surface.</param>
/// <param name="Owners">The owners; the shares add up to one.</param>
public sealed record CadastralUnit(
    string Id,
    string BuildingId,
    string? DwellingId,
    string? AppurtenantToId,
    string MunicipalityCode,
    int Sheet,
    int Parcel,
    int SubUnit,
    string Category,
    long CadastralIncomeCents,
    int SurfaceSquareMetres,
    IReadOnlyList<CadastralOwnership> Owners);
