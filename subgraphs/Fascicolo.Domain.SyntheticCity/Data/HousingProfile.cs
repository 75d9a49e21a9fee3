using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>What the building stock of an area looks like.</summary>
/// <param name="OldestYear">The oldest construction year drawn.</param>
/// <param name="NewestYear">The newest construction year drawn.</param>
/// <param name="Floors">How many floors a block of flats has.</param>
/// <param name="UnitsPerFloor">How many dwellings a floor has.</param>
/// <param name="MixedPercent">Percentage of blocks with shops on the ground floor.</param>
/// <param name="Categories">The cadastral category of a building's dwellings (A/7 means a small villa).</param>
internal sealed record HousingProfile(
    int OldestYear,
    int NewestYear,
    AgeBand Floors,
    AgeBand UnitsPerFloor,
    int MixedPercent,
    WeightedTable<string> Categories);
