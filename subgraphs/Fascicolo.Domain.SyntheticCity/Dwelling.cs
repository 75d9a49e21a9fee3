namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A dwelling (unità immobiliare abitativa) in a building; some have no household (vacant).</summary>
/// <param name="Id">Stable id, <c>DWL-</c> + seven digits, e.g. <c>DWL-0000001</c>.</param>
/// <param name="BuildingId">The <see cref="Building.Id"/> it is in.</param>
/// <param name="Floor">0 for the ground floor.</param>
/// <param name="Unit">The interno, unique within the building.</param>
/// <param name="SurfaceSquareMetres">The cadastral surface.</param>
/// <param name="CadastralCategory">The cadastral category: <c>A/1</c> (signorile) to <c>A/7</c> (villino).</param>
public sealed record Dwelling(
    string Id,
    string BuildingId,
    int Floor,
    string Unit,
    int SurfaceSquareMetres,
    string CadastralCategory);
