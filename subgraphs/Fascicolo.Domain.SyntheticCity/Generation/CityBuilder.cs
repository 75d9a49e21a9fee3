using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// Runs the facets in order: households (with origins and names) per area, fiscal codes, housing,
/// documents; then freezes the drafts into the public records.
/// </summary>
internal sealed partial class CityBuilder(CityOptions options)
{
    // About one resident in two thousand gets an omocodic code on purpose; every city at least one.
    private const int ResidentsPerOmocodicCode = 2_000;

    private readonly Facets _facets = new(options.Seed);

    /// <summary>Generates the city.</summary>
    public City Build()
    {
        IReadOnlyList<AreaProfile> areas = [.. GenovaAreas.All, .. MetropolitanAreas.All];
        var personas = PersonaCatalog.Create(areas, options.ReferenceDate);
        var households = personas.Select(p => p.Household).ToList();
        var personaResidents = households.Sum(h => h.Members.Count);
        households.AddRange(ComposeHouseholds(areas, options.Residents - personaResidents));

        AssignFiscalCodes(households, personaResidents);
        var stock = new HousingStock();
        var dwellings = AllocateDwellings(areas, households, stock);
        return Freeze(households, dwellings, stock, personas);
    }

    private List<HouseholdDraft> ComposeHouseholds(IReadOnlyList<AreaProfile> areas, int residents)
    {
        var quotas = PopulationPlan.Apportion(residents, areas.Select(a => a.Population).ToArray());
        var picker = new ItalianBirthplacePicker(Birthplaces.Default);
        var perArea = new List<HouseholdDraft>[areas.Count];

        // Areas draw from their own streams, so composing them in parallel changes nothing.
        Parallel.For(0, areas.Count, i => perArea[i] = ComposeArea(areas[i], quotas[i], picker));
        return perArea.SelectMany(h => h).ToList();
    }

    private List<HouseholdDraft> ComposeArea(AreaProfile area, int quota, ItalianBirthplacePicker picker)
    {
        var origins = new OriginAssigner(picker, _facets);
        var names = new NameAssigner(_facets);
        var households = new List<HouseholdDraft>(quota / 2);
        var placed = 0;
        while (placed < quota)
        {
            var household = HouseholdComposer.Compose(area, households.Count, quota - placed, _facets, options.ReferenceDate);
            origins.Assign(household);
            names.Assign(household);
            households.Add(household);
            placed += household.Members.Count;
        }

        return households;
    }

    private void AssignFiscalCodes(List<HouseholdDraft> households, int personaResidents)
    {
        var people = households.SelectMany(h => h.Members).ToArray();
        var baseCodes = new string[people.Length];
        Parallel.For(0, people.Length, i => baseCodes[i] = FiscalCodeAssigner.BaseCode(people[i]));

        var onPurpose = ChooseOmocodic(people.Length, personaResidents);
        var assigner = new FiscalCodeAssigner(people.Length);
        for (var i = 0; i < people.Length; i++)
        {
            assigner.Assign(people[i], baseCodes[i], onPurpose.Contains(i));
        }
    }

    private HashSet<int> ChooseOmocodic(int residents, int personaResidents)
    {
        var count = Math.Max(1, (residents - personaResidents) / ResidentsPerOmocodicCode);
        var random = _facets.Omocodia.Open();
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(personaResidents + random.Next(residents - personaResidents));
        }

        return chosen;
    }

    private Dwelling[] AllocateDwellings(IReadOnlyList<AreaProfile> areas, List<HouseholdDraft> households, HousingStock stock)
    {
        var allocators = areas.ToDictionary(a => a.Key, a => new HousingAllocator(a, stock, _facets.Housing), StringComparer.Ordinal);
        var dwellings = households.Select(h => allocators[h.Area.Key].Allocate(h.Members.Count)).ToArray();
        foreach (var area in areas)
        {
            allocators[area.Key].Complete();
        }

        return dwellings;
    }
}
