namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A building at a street address.</summary>
/// <param name="Id">Stable id, <c>BLD-</c> + Belfiore code + six digits, e.g. <c>BLD-D969-000001</c>.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality it stands in.</param>
/// <param name="Municipio">The municipio number in Genova; null elsewhere.</param>
/// <param name="Street">The street name, e.g. <c>Via XX Settembre</c>.</param>
/// <param name="HouseNumber">The house number; in Genova red numbers (<c>12r</c>) mark shops and offices.</param>
/// <param name="PostalCode">The five-digit CAP.</param>
/// <param name="Latitude">WGS 84 latitude, six decimals.</param>
/// <param name="Longitude">WGS 84 longitude, six decimals.</param>
/// <param name="ConstructionYear">The year building was completed.</param>
/// <param name="Use">What the building is mainly used for.</param>
public sealed record Building(
    string Id,
    string MunicipalityCode,
    int? Municipio,
    string Street,
    string HouseNumber,
    string PostalCode,
    double Latitude,
    double Longitude,
    int ConstructionYear,
    BuildingUse Use);
