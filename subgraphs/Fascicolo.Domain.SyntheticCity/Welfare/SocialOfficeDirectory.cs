using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>Builds the offices from the city's municipalities and finds the one serving a household.</summary>
internal sealed class SocialOfficeDirectory
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

    private readonly Dictionary<(string Municipality, int? Municipio), SocialOffice> _byArea = [];

    public SocialOfficeDirectory(City city, StreamKey stream)
    {
        var offices = new List<SocialOffice>();
        foreach (var municipality in city.Municipalities)
        {
            if (municipality.Municipi.Count > 0)
            {
                foreach (var municipio in municipality.Municipi)
                {
                    var code = $"ATS-{municipality.BelfioreCode}-{municipio.Number:D2}";
                    var name = $"ATS {municipio.Name} (Municipio {Roman[municipio.Number - 1]})";
                    offices.Add(Add(new SocialOffice(code, name, SocialOfficeKind.SocialDistrict, municipality.BelfioreCode, municipality.Name, municipio.Number, Workers(stream, code, 6)), municipio.Number));
                }
            }
            else
            {
                var code = $"SPS-{municipality.BelfioreCode}";
                var name = $"Sportello sociale del Comune di {municipality.Name}";
                offices.Add(Add(new SocialOffice(code, name, SocialOfficeKind.MunicipalDesk, municipality.BelfioreCode, municipality.Name, null, Workers(stream, code, 2)), null));
            }
        }
        All = offices;
    }

    public IReadOnlyList<SocialOffice> All { get; }

    /// <summary>The office serving a building's area; a Genova address without municipio falls to the first district.</summary>
    public SocialOffice For(Building building) =>
        _byArea.GetValueOrDefault((building.MunicipalityCode, building.Municipio))
        ?? _byArea.First(o => o.Key.Municipality == building.MunicipalityCode).Value;

    private SocialOffice Add(SocialOffice office, int? municipio)
    {
        _byArea[(office.MunicipalityCode, municipio)] = office;
        return office;
    }

    // Most social workers are women; names from the cohorts of working age.
    private static string[] Workers(StreamKey stream, string officeCode, int count)
    {
        var random = stream.Derive(officeCode).Open();
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var young = random.Chance(0.5);
            var given = random.Chance(0.8)
                ? (young ? ItalianFemaleNames.BornFrom1990 : ItalianFemaleNames.Born1960To1989).Pick(random)
                : (young ? ItalianMaleNames.BornFrom1990 : ItalianMaleNames.Born1960To1989).Pick(random);
            names[i] = $"{given} {Surnames.Italian.Pick(random)}";
        }
        return names;
    }
}
