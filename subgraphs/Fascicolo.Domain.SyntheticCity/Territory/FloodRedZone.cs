namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// A flood "red zone" (zona rossa): the stretch along a watercourse where the city asks residents of
/// the flagged house numbers to register for alerts and to follow the civil protection's rules.
/// </summary>
/// <param name="Id">Stable id, <c>RZ-</c> + Belfiore code + two digits, e.g. <c>RZ-D969-01</c>.</param>
/// <param name="Name">The name the city uses, e.g. <c>Fereggiano</c>.</param>
/// <param name="Watercourse">The river or stream, e.g. <c>Rio Fereggiano</c>.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality.</param>
/// <param name="Municipio">The municipio in Genova; null elsewhere.</param>
/// <param name="BuildingIds">The flagged buildings, in building order; possibly none in a small city.</param>
public sealed record FloodRedZone(
    string Id,
    string Name,
    string Watercourse,
    string MunicipalityCode,
    int? Municipio,
    IReadOnlyList<string> BuildingIds);
