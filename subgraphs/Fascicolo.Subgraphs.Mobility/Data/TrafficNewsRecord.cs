using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>A row of <c>traffic_news</c>; times are UTC.</summary>
internal sealed record TrafficNewsRecord(
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
