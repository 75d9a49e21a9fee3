namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A public traffic notice (infomobilità) with its validity.</summary>
/// <param name="Id">The id, <c>TN-</c> and five digits, in order of start.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Title">A one-line title, in Italian.</param>
/// <param name="Description">The details, in Italian.</param>
/// <param name="Street">The street concerned.</param>
/// <param name="Municipio">The Genova municipio, or null outside Genova.</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="ValidFrom">When it starts, Italian local time.</param>
/// <param name="ValidUntil">When it ends, Italian local time, or null until further notice.</param>
public sealed record TrafficNewsItem(
    string Id,
    TrafficNewsKind Kind,
    string Title,
    string Description,
    string Street,
    int? Municipio,
    double Latitude,
    double Longitude,
    DateTime ValidFrom,
    DateTime? ValidUntil);
