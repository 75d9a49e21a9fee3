namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// Names the schools in the order they are laid out: institutes after the districts of their area,
/// plessi and municipal schools after namesakes taken in turn (with the district or municipio added
/// once the list has been used up, so that no two schools share a name).
/// </summary>
internal sealed class SchoolNaming
{
    private int _namesakes;
    private int _nurseries;
    private int _preschools;

    /// <summary>The district the <paramref name="index"/>-th institute of an area is named after.</summary>
    public static string District(SchoolArea area, int index)
    {
        if (!area.IsGenova)
        {
            return index == 0 ? area.Municipality.Name : $"{area.Municipality.Name} {index + 1}";
        }

        var districts = SchoolNames.GenovaDistricts[area.Municipio!.Value - 1];
        var round = index / districts.Count;
        return round == 0 ? districts[index % districts.Count] : $"{districts[index % districts.Count]} {round + 1}";
    }

    /// <summary>The name of the next state school of <paramref name="order"/> in <paramref name="district"/>.</summary>
    public string StateSchool(SchoolOrder order, string district)
    {
        var kind = order switch
        {
            SchoolOrder.Preschool => "Scuola dell'infanzia",
            SchoolOrder.Primary => "Scuola primaria",
            _ => "Scuola secondaria di primo grado",
        };
        return $"{kind} {Take(SchoolNames.Namesakes, ref _namesakes, district)}";
    }

    /// <summary>The name of the next municipal school of <paramref name="order"/> in <paramref name="area"/>.</summary>
    public string MunicipalSchool(SchoolOrder order, SchoolArea area)
    {
        var municipio = area.Municipality.Municipi.First(m => m.Number == area.Municipio).Name;
        return order == SchoolOrder.Nursery
            ? $"Nido d'infanzia {Take(SchoolNames.Nurseries, ref _nurseries, municipio)}"
            : $"Scuola dell'infanzia comunale {Take(SchoolNames.Preschools, ref _preschools, municipio)}";
    }

    private static string Take(IReadOnlyList<string> names, ref int taken, string place)
    {
        var index = taken++;
        var name = names[index % names.Count];
        return index < names.Count ? name : $"{name} ({place}, {(index / names.Count) + 1})";
    }
}
