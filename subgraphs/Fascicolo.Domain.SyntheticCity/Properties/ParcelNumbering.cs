namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>
/// Cadastral coordinates: each building is one parcel, twenty-five parcels to a sheet, numbered per
/// municipality; sub-units count up within a parcel.
/// </summary>
internal sealed class ParcelNumbering
{
    private const int ParcelsPerSheet = 25;

    private readonly Dictionary<string, (int Sheet, int Parcel)> _parcels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _subUnits = new(StringComparer.Ordinal);

    public ParcelNumbering(IReadOnlyList<Building> buildings)
    {
        var perMunicipality = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var building in buildings)
        {
            var index = perMunicipality.GetValueOrDefault(building.MunicipalityCode);
            perMunicipality[building.MunicipalityCode] = index + 1;
            _parcels[building.Id] = (1 + (index / ParcelsPerSheet), 100 + ((index % ParcelsPerSheet) * 3));
        }
    }

    public (int Sheet, int Parcel) Of(string buildingId) => _parcels[buildingId];

    public int NextSubUnit(string buildingId)
    {
        var next = _subUnits.GetValueOrDefault(buildingId) + 1;
        _subUnits[buildingId] = next;
        return next;
    }
}
