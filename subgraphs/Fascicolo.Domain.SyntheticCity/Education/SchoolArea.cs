namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>Where children go to school near home: one of Genova's municipi, or a whole neighbouring municipality.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Municipio">Genova's municipio; null elsewhere.</param>
internal sealed record SchoolArea(Municipality Municipality, int? Municipio)
{
    /// <summary>Genova's Belfiore code.</summary>
    public const string GenovaCode = "D969";

    /// <summary>Whether the Comune di Genova runs this area's services (canteen, nurseries, vouchers).</summary>
    public bool IsGenova => Municipality.BelfioreCode == GenovaCode;

    /// <summary>A stable label, e.g. <c>D969-8</c> or <c>A388</c>.</summary>
    public string Key => Municipio is { } number ? $"{Municipality.BelfioreCode}-{number}" : Municipality.BelfioreCode;

    /// <summary>The key of the area a building stands in.</summary>
    public static string KeyOf(Building building) =>
        building.Municipio is { } number ? $"{building.MunicipalityCode}-{number}" : building.MunicipalityCode;

    /// <summary>Every area of the city, Genova's municipi first in their order, then the other municipalities.</summary>
    public static IReadOnlyList<SchoolArea> All(City city) =>
    [
        .. city.Municipalities.SelectMany(m => m.Municipi.Count > 0
            ? m.Municipi.Select(d => new SchoolArea(m, d.Number))
            : [new SchoolArea(m, null)]),
    ];
}
