namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Where residents live: one of Genova's municipi, or a whole neighbouring municipality.
/// </summary>
/// <param name="Key">A stable label naming the area's random streams, e.g. <c>D969-1</c> or <c>A388</c>.</param>
/// <param name="Municipality">The municipality the area is in.</param>
/// <param name="Municipio">The municipio number in Genova; null elsewhere.</param>
/// <param name="Population">Real residents, used as the area's weight in the city.</param>
/// <param name="Bounds">Where its buildings are placed.</param>
/// <param name="Streets">The streets its buildings stand on.</param>
/// <param name="Housing">What its buildings look like.</param>
internal sealed record AreaProfile(
    string Key,
    Municipality Municipality,
    int? Municipio,
    int Population,
    BoundingBox Bounds,
    IReadOnlyList<Street> Streets,
    HousingProfile Housing);
