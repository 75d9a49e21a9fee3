namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>A social-service office (ATS or sportello sociale) and the social workers who take cases there.</summary>
/// <param name="Code">Stable code: <c>ATS-D969-01</c> for a Genova district, <c>SPS-A388</c> for a municipal desk.</param>
/// <param name="Name">The office's name, e.g. <c>ATS Centro Est (Municipio I)</c>.</param>
/// <param name="Kind">District or municipal desk.</param>
/// <param name="MunicipalityCode">The Belfiore code of the municipality it serves.</param>
/// <param name="MunicipalityName">The municipality's name.</param>
/// <param name="Municipio">The Genova municipio it serves; null elsewhere.</param>
/// <param name="SocialWorkers">The social workers (assistenti sociali) of the office, by name.</param>
public sealed record SocialOffice(
    string Code,
    string Name,
    SocialOfficeKind Kind,
    string MunicipalityCode,
    string MunicipalityName,
    int? Municipio,
    IReadOnlyList<string> SocialWorkers);
