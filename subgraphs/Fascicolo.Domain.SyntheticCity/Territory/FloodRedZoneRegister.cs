namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>The red zones with the index of flagged buildings.</summary>
internal sealed class FloodRedZoneRegister(IReadOnlyList<FloodRedZone> all)
{
    public IReadOnlyList<FloodRedZone> All { get; } = all;

    public Dictionary<string, FloodRedZone> ByBuilding { get; } = all
        .SelectMany(z => z.BuildingIds, (z, b) => (Zone: z, BuildingId: b))
        .ToDictionary(x => x.BuildingId, x => x.Zone, StringComparer.Ordinal);
}
