using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Lays out the schools, area by area, sized to the children who live there: in every area with
/// buildings, istituti comprensivi (one per about 900 pupils; one per neighbouring municipality) with
/// a preschool, one or two primary schools and a lower secondary school each; in Genova also the
/// Comune's nurseries (about 40 places each, for a third of the children under 3) and preschools
/// (about 75 places each, for nearly half of the children aged 3 to 5).
/// </summary>
internal static class SchoolNetworkGenerator
{
    private const string Province = "GE";
    private const int FirstInstituteNumber = 801;
    private const int PupilsPerInstitute = 900;
    private const int PupilsPerPrimarySchool = 250;
    private const int NurseryPlaces = 40;
    private const int MunicipalPreschoolPlaces = 75;

    public static SchoolNetwork Generate(City city, IReadOnlyDictionary<string, ChildrenByAge> children, StreamKey stream)
    {
        var buildingsByArea = city.Buildings
            .GroupBy(SchoolArea.KeyOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Building>)[.. g], StringComparer.Ordinal);
        var names = new SchoolNaming();
        var schools = new List<School>();
        var institute = FirstInstituteNumber;
        foreach (var area in SchoolArea.All(city))
        {
            if (!buildingsByArea.TryGetValue(area.Key, out var buildings))
            {
                continue;
            }

            var counts = children.GetValueOrDefault(area.Key) ?? new ChildrenByAge();
            var sites = new BuildingPicker(buildings, stream.Derive(area.Key).Open());
            var statePupils = (counts.Preschool / 2) + counts.Primary + counts.LowerSecondary;
            var institutes = area.IsGenova ? Math.Max(1, Ceiling(statePupils, PupilsPerInstitute)) : 1;
            var primaries = counts.Primary / institutes > PupilsPerPrimarySchool ? 2 : 1;
            for (var i = 0; i < institutes; i++, institute++)
            {
                var district = SchoolNaming.District(area, i);
                var ic = new SchoolInstitute(SchoolCodes.State(Province, SchoolCodes.InstituteType, institute, 0), $"Istituto Comprensivo {district}");
                schools.Add(State(area, ic, institute, SchoolOrder.Preschool, 1, names.StateSchool(SchoolOrder.Preschool, district), sites));
                for (var p = 1; p <= primaries; p++)
                {
                    schools.Add(State(area, ic, institute, SchoolOrder.Primary, p, names.StateSchool(SchoolOrder.Primary, district), sites));
                }

                schools.Add(State(area, ic, institute, SchoolOrder.LowerSecondary, 1, names.StateSchool(SchoolOrder.LowerSecondary, district), sites));
            }

            if (area.IsGenova)
            {
                AddMunicipal(schools, area, SchoolOrder.Nursery, Math.Max(1, Ceiling(counts.Nursery / 3, NurseryPlaces)), names, sites);
                AddMunicipal(schools, area, SchoolOrder.Preschool, Math.Max(1, Ceiling(counts.Preschool / 2, MunicipalPreschoolPlaces)), names, sites);
            }
        }

        return new SchoolNetwork(schools);
    }

    private static School State(SchoolArea area, SchoolInstitute institute, int number, SchoolOrder order, int plesso, string name, BuildingPicker sites) =>
        new(
            SchoolCodes.State(Province, SchoolCodes.StateType(order), number, plesso),
            name,
            order,
            SchoolManagement.State,
            institute,
            area.Municipality.BelfioreCode,
            area.Municipio,
            sites.Next().Id);

    private static void AddMunicipal(List<School> schools, SchoolArea area, SchoolOrder order, int count, SchoolNaming names, BuildingPicker sites)
    {
        for (var i = 1; i <= Math.Min(count, 99); i++)
        {
            schools.Add(new School(
                SchoolCodes.Municipal(area.Municipality.BelfioreCode, order, area.Municipio!.Value, i),
                names.MunicipalSchool(order, area),
                order,
                SchoolManagement.Municipal,
                null,
                area.Municipality.BelfioreCode,
                area.Municipio,
                sites.Next().Id));
        }
    }

    private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;
}
