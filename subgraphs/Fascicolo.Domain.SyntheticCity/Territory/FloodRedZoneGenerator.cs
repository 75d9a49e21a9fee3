namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Flags about three buildings in five on the streets of each red zone (those nearest the water).
/// The vehicle-owner persona's building in Valpolcevera is always in the Polcevera zone, so a demo
/// can register his house number.
/// </summary>
internal static class FloodRedZoneGenerator
{
    private const double FlaggedShare = 0.6;

    public static FloodRedZoneRegister Generate(City city)
    {
        var root = city.FacetStream("flood-red-zones");
        var persona = city.FindResident(city.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode)!;
        var personaBuilding = city.FindDwelling(city.FindHousehold(persona.HouseholdId)!.DwellingId)!.BuildingId;
        var buildingsPerZone = FloodRedZoneAreas.All.ToDictionary(a => a.Zone.Id, _ => new List<string>(), StringComparer.Ordinal);

        for (var index = 0; index < city.Buildings.Count; index++)
        {
            var building = city.Buildings[index];
            var random = root.Derive(index).Open();
            var zone = FloodRedZoneAreas.All.FirstOrDefault(a =>
                a.Zone.MunicipalityCode == building.MunicipalityCode
                && a.Zone.Municipio == building.Municipio
                && a.Streets.Contains(building.Street, StringComparer.Ordinal)).Zone;
            if (zone is not null && random.Chance(FlaggedShare))
            {
                buildingsPerZone[zone.Id].Add(building.Id);
            }
            else if (building.Id == personaBuilding)
            {
                buildingsPerZone[FloodRedZoneAreas.Polcevera.Id].Add(building.Id);
            }
        }

        return new FloodRedZoneRegister([.. FloodRedZoneAreas.All.Select(a => a.Zone with { BuildingIds = buildingsPerZone[a.Zone.Id] })]);
    }
}
