using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Builds the education facet for the school year in progress on the reference date and the one
/// before it: the schools (sized to the children of each area), then every resident aged 0 to 13 on
/// 1 September placed in a school near home, then the canteen, diets and textbook vouchers. The
/// pupil persona is in the third year of primary school with the canteen; the welfare persona's
/// daughter in preschool with the canteen.
/// </summary>
internal static class EducationGenerator
{
    private const int OldestPupilAge = 13;

    public static EducationRegister Generate(City city)
    {
        var today = city.Options.ReferenceDate;
        var current = SchoolYear.Of(today);
        SchoolYear[] years = [current.Previous, current];
        var root = city.FacetStream("education");
        var areas = SchoolArea.All(city).ToDictionary(a => a.Key, StringComparer.Ordinal);
        var areaOfHousehold = AreasOfHouseholds(city, areas);

        var children = new Dictionary<string, ChildrenByAge>(StringComparer.Ordinal);
        foreach (var resident in city.Residents)
        {
            var area = areaOfHousehold[resident.HouseholdId].Key;
            if (!children.TryGetValue(area, out var counts))
            {
                children[area] = counts = new ChildrenByAge();
            }

            counts.Add(resident.AgeOn(current.FirstDay));
        }

        var network = SchoolNetworkGenerator.Generate(city, children, root.Derive("schools"));
        var planner = new EnrolmentPlanner(network);
        var personas = PersonaPupils(city);
        var drafts = years.ToDictionary(y => y, _ => new List<EnrolmentDraft>());
        var pupils = root.Derive("pupils");
        foreach (var resident in city.Residents)
        {
            if (resident.AgeOn(years[0].FirstDay) > OldestPupilAge || resident.AgeOn(current.FirstDay) < 0)
            {
                continue;
            }

            var stream = pupils.Derive(resident.FiscalCode);
            var profile = PupilProfile.Draw(resident, stream);
            if (personas.TryGetValue(resident.FiscalCode, out var required))
            {
                profile.Require(required);
            }

            foreach (var year in years)
            {
                if (planner.Place(resident, profile, areaOfHousehold[resident.HouseholdId], year, stream) is { } draft)
                {
                    var list = drafts[year];
                    list.Add(draft);
                    draft.Id = string.Create(CultureInfo.InvariantCulture, $"ENR-{year.StartYear}-{list.Count:D7}");
                }
            }
        }

        var canteen = new CanteenPlanner(city, today);
        var diets = new DietPlanner();
        var vouchers = new VoucherPlanner(today);
        var personaCodes = personas.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var year in years)
        {
            canteen.Plan(year, drafts[year], personaCodes);
            diets.Plan(year, drafts[year]);
            vouchers.Plan(year, drafts[year], personaCodes);
        }

        return new EducationRegister(network.Schools, [.. years.SelectMany(y => drafts[y]).Select(d => d.Freeze())]);
    }

    private static Dictionary<string, SchoolArea> AreasOfHouseholds(City city, Dictionary<string, SchoolArea> areas)
    {
        var result = new Dictionary<string, SchoolArea>(city.Households.Count, StringComparer.Ordinal);
        foreach (var household in city.Households)
        {
            var building = city.FindBuilding(city.FindDwelling(household.DwellingId)!.BuildingId)!;
            result[household.Id] = areas[SchoolArea.KeyOf(building)];
        }

        return result;
    }

    // The pupil persona is in primary school; the welfare persona's daughter in preschool.
    private static Dictionary<string, SchoolOrder> PersonaPupils(City city)
    {
        var pupils = new Dictionary<string, SchoolOrder>(StringComparer.Ordinal)
        {
            [city.GetPersona(DemoPersonaKeys.Pupil).FiscalCode] = SchoolOrder.Primary,
        };
        var welfare = city.FindResident(city.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!;
        foreach (var member in city.FindHousehold(welfare.HouseholdId)!.Members.Where(m => m.RelationshipCode == RelationshipCodes.Child))
        {
            pupils[member.FiscalCode] = SchoolOrder.Preschool;
        }

        return pupils;
    }
}
