namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The schools of the city, with those of each area by order, for placing children near home.</summary>
internal sealed class SchoolNetwork(IReadOnlyList<School> schools)
{
    private readonly Dictionary<(string Area, SchoolOrder Order, SchoolManagement Management), List<School>> _byArea = Index(schools);

    /// <summary>Every school, area by area.</summary>
    public IReadOnlyList<School> Schools { get; } = schools;

    /// <summary>The schools of an order and management in an area; empty when there are none.</summary>
    public IReadOnlyList<School> In(string areaKey, SchoolOrder order, SchoolManagement management) =>
        _byArea.TryGetValue((areaKey, order, management), out var list) ? list : [];

    private static Dictionary<(string, SchoolOrder, SchoolManagement), List<School>> Index(IReadOnlyList<School> schools)
    {
        var index = new Dictionary<(string, SchoolOrder, SchoolManagement), List<School>>();
        foreach (var school in schools)
        {
            var key = (AreaKey(school), school.Order, school.Management);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(school);
        }

        return index;
    }

    private static string AreaKey(School school) =>
        school.Municipio is { } number ? $"{school.MunicipalityCode}-{number}" : school.MunicipalityCode;
}
