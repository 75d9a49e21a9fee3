namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>A row of <c>gtfs_agency</c>.</summary>
internal sealed record AgencyRecord(string AgencyId, string Name, string Url, string Timezone, string? Lang, string? Phone);
