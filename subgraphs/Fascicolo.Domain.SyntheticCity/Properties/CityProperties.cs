namespace Fascicolo.Domain.SyntheticCity.Properties;

/// <summary>The cadastre of the city: every dwelling as a unit, some garages, and their owners.</summary>
public static class CityProperties
{
    /// <summary>Every cadastral unit: the dwellings' units in dwelling order, then the garages.</summary>
    public static IReadOnlyList<CadastralUnit> CadastralUnits(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("properties", PropertyGenerator.Generate).Units;
    }

    /// <summary>The unit with an id such as <c>CU-0000001</c>, or null.</summary>
    public static CadastralUnit? FindCadastralUnit(this City city, string id)
    {
        ArgumentNullException.ThrowIfNull(city);
        return id is null ? null : city.Facet("properties", PropertyGenerator.Generate).ById.GetValueOrDefault(id);
    }

    /// <summary>The units a resident owns a share of, in unit order; empty for none.</summary>
    public static IReadOnlyList<CadastralUnit> PropertiesOf(this City city, string fiscalCode)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("properties", PropertyGenerator.Generate).ByOwner.GetValueOrDefault(fiscalCode) ?? [];
    }
}
