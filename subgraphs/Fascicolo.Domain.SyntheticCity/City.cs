using System.Collections.Concurrent;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity;

/// <summary>
/// A generated city: its municipalities, buildings, dwellings, households and residents, and the
/// demo personas among them. Immutable; the same <see cref="CityOptions"/> always give the same city.
/// </summary>
public sealed class City
{
    private readonly Dictionary<string, Resident> _residentsByFiscalCode;
    private readonly Lazy<Dictionary<string, Household>> _householdsById;
    private readonly Lazy<Dictionary<string, Dwelling>> _dwellingsById;
    private readonly Lazy<Dictionary<string, Building>> _buildingsById;
    private readonly ConcurrentDictionary<string, Lazy<object>> _facets = new(StringComparer.Ordinal);

    internal City(
        CityOptions options,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<Building> buildings,
        IReadOnlyList<Dwelling> dwellings,
        IReadOnlyList<Household> households,
        IReadOnlyList<Resident> residents,
        IReadOnlyList<DemoPersona> personas)
    {
        Options = options;
        Municipalities = municipalities;
        Buildings = buildings;
        Dwellings = dwellings;
        Households = households;
        Residents = residents;
        Personas = personas;
        // A plain dictionary: freezing half a million keys costs more than the lookups it would save.
        _residentsByFiscalCode = residents.ToDictionary(r => r.FiscalCode, StringComparer.Ordinal);

        // Only the resident index is needed by every consumer; the others are built on first use.
        _householdsById = new(() => households.ToDictionary(h => h.Id, StringComparer.Ordinal));
        _dwellingsById = new(() => dwellings.ToDictionary(d => d.Id, StringComparer.Ordinal));
        _buildingsById = new(() => buildings.ToDictionary(b => b.Id, StringComparer.Ordinal));
    }

    /// <summary>The options the city was generated with.</summary>
    public CityOptions Options { get; }

    /// <summary>Genova first, then the neighbouring municipalities.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Every building, dwellings or not, numbered per municipality.</summary>
    public IReadOnlyList<Building> Buildings { get; }

    /// <summary>Every dwelling, vacant ones included.</summary>
    public IReadOnlyList<Dwelling> Dwellings { get; }

    /// <summary>Every household: the demo personas' first, then area by area.</summary>
    public IReadOnlyList<Household> Households { get; }

    /// <summary>Every resident, in household order and, within a household, in member order (head first).</summary>
    public IReadOnlyList<Resident> Residents { get; }

    /// <summary>The demo personas; see <see cref="DemoPersonaKeys"/>.</summary>
    public IReadOnlyList<DemoPersona> Personas { get; }

    /// <summary>The resident with a fiscal code (surrounding white space and letter case ignored), or null.</summary>
    public Resident? FindResident(string fiscalCode)
    {
        if (string.IsNullOrWhiteSpace(fiscalCode))
        {
            return null;
        }

        return _residentsByFiscalCode.GetValueOrDefault(fiscalCode.Trim().ToUpperInvariant());
    }

    /// <summary>The household with an id such as <c>HH-0000001</c>, or null.</summary>
    public Household? FindHousehold(string id) => id is null ? null : _householdsById.Value.GetValueOrDefault(id);

    /// <summary>The dwelling with an id such as <c>DWL-0000001</c>, or null.</summary>
    public Dwelling? FindDwelling(string id) => id is null ? null : _dwellingsById.Value.GetValueOrDefault(id);

    /// <summary>The building with an id such as <c>BLD-D969-000001</c>, or null.</summary>
    public Building? FindBuilding(string id) => id is null ? null : _buildingsById.Value.GetValueOrDefault(id);

    /// <summary>The demo persona with a key of <see cref="DemoPersonaKeys"/>.</summary>
    /// <exception cref="KeyNotFoundException">No persona has that key.</exception>
    public DemoPersona GetPersona(string key) =>
        Personas.FirstOrDefault(p => p.Key == key) ?? throw new KeyNotFoundException($"No demo persona has key '{key}'.");

    /// <summary>
    /// A facet derived from the city (vehicles, properties, benefits...), built once on first use.
    /// Facets live beside the core so each vertical adds its own without touching this class.
    /// </summary>
    internal T Facet<T>(string name, Func<City, T> create)
        where T : class =>
        (T)_facets.GetOrAdd(name, _ => new Lazy<object>(() => create(this))).Value;

    /// <summary>The root of a facet's random streams: independent of every other facet's.</summary>
    internal StreamKey FacetStream(string name) => StreamKey.Root(Options.Seed).Derive("facet/" + name);
}
