using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>The buildings and dwellings of the whole city, with their id and house-number counters.</summary>
internal sealed class HousingStock
{
    private readonly Dictionary<string, int> _buildingsPerMunicipality = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastHouseNumbers = new(StringComparer.Ordinal);

    /// <summary>Every building, in the order they were created.</summary>
    public List<Building> Buildings { get; } = [];

    /// <summary>Every dwelling, in the order they were created.</summary>
    public List<Dwelling> Dwellings { get; } = [];

    /// <summary>The id of the next building of a municipality: <c>BLD-D969-000001</c> and so on.</summary>
    public string NextBuildingId(string belfioreCode)
    {
        var number = _buildingsPerMunicipality.GetValueOrDefault(belfioreCode) + 1;
        _buildingsPerMunicipality[belfioreCode] = number;
        return string.Create(CultureInfo.InvariantCulture, $"BLD-{belfioreCode}-{number:D6}");
    }

    /// <summary>The id of the next dwelling: <c>DWL-0000001</c> and so on.</summary>
    public string NextDwellingId() => string.Create(CultureInfo.InvariantCulture, $"DWL-{Dwellings.Count + 1:D7}");

    /// <summary>
    /// The next free house number on a street, a few numbers after the last one. Genova numbers
    /// homes in black and shops in red (<c>12r</c>), two independent sequences on each street.
    /// </summary>
    public string NextHouseNumber(string belfioreCode, string street, bool red, SplitMix64 random)
    {
        var key = $"{belfioreCode}|{street}|{(red ? 'r' : 'n')}";
        var number = _lastHouseNumbers.GetValueOrDefault(key) + random.Next(1, 3);
        _lastHouseNumbers[key] = number;
        return string.Create(CultureInfo.InvariantCulture, $"{number}{(red ? "r" : string.Empty)}");
    }
}
