namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// The territory of the city beyond its buildings and cadastre: condominiums, energy certificates,
/// Liguria's weather alerts and Genova's flood red zones. Alert zones are fixed data: see <see cref="AlertZones"/>.
/// </summary>
public static class CityTerritory
{
    /// <summary>Every condominium, in building order.</summary>
    public static IReadOnlyList<Condominium> Condominiums(this City city) => CondominiumsOf(city).All;

    /// <summary>The condominium with an id such as <c>CND-D969-000001</c>, or null.</summary>
    public static Condominium? FindCondominium(this City city, string id) =>
        id is null ? null : CondominiumsOf(city).ById.GetValueOrDefault(id);

    /// <summary>The condominium a building forms, or null when it has too few dwellings.</summary>
    public static Condominium? CondominiumOf(this City city, string buildingId) =>
        buildingId is null ? null : CondominiumsOf(city).ByBuilding.GetValueOrDefault(buildingId);

    /// <summary>Every energy certificate, in issue order (their codes count up in it).</summary>
    public static IReadOnlyList<EnergyCertificate> EnergyCertificates(this City city) => CertificatesOf(city).All;

    /// <summary>The certificates of a building's units, in issue order; empty for none.</summary>
    public static IReadOnlyList<EnergyCertificate> EnergyCertificatesOf(this City city, string buildingId) =>
        buildingId is null ? [] : CertificatesOf(city).ByBuilding.GetValueOrDefault(buildingId) ?? [];

    /// <summary>Every alert of the three years before the reference date and the two days after, in time order.</summary>
    public static IReadOnlyList<CivilProtectionAlert> CivilProtectionAlerts(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("civil-protection-alerts", CivilProtectionAlertGenerator.Generate);
    }

    /// <summary>Genova's flood red zones with their flagged buildings.</summary>
    public static IReadOnlyList<FloodRedZone> FloodRedZones(this City city) => RedZonesOf(city).All;

    /// <summary>The red zone a building is flagged in, or null.</summary>
    public static FloodRedZone? FloodRedZoneOf(this City city, string buildingId) =>
        buildingId is null ? null : RedZonesOf(city).ByBuilding.GetValueOrDefault(buildingId);

    private static CondominiumRegister CondominiumsOf(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("condominiums", CondominiumGenerator.Generate);
    }

    private static EnergyCertificateRegister CertificatesOf(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("energy-certificates", EnergyCertificateGenerator.Generate);
    }

    private static FloodRedZoneRegister RedZonesOf(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("flood-red-zones", FloodRedZoneGenerator.Generate);
    }
}
