using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Chooses the buildings an area's schools stand in: its public buildings first, one school each,
/// then any of its buildings (plessi often share one, and small cities have few public buildings).
/// </summary>
internal sealed class BuildingPicker(IReadOnlyList<Building> buildings, SplitMix64 random)
{
    private readonly Queue<Building> _public = new(buildings.Where(b => b.Use == BuildingUse.Public));

    /// <summary>The building of the next school.</summary>
    public Building Next() => _public.Count > 0 ? _public.Dequeue() : random.Pick(buildings);
}
