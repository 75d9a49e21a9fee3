namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>agency.txt</c>.</summary>
/// <param name="Id">agency_id; empty when the feed has a single agency and leaves it out.</param>
/// <param name="Name">agency_name.</param>
/// <param name="Url">agency_url.</param>
/// <param name="Timezone">agency_timezone, an IANA time zone.</param>
/// <param name="Lang">agency_lang, if given.</param>
/// <param name="Phone">agency_phone, if given.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsAgency(string Id, string Name, string Url, string Timezone, string? Lang, string? Phone, int Line);
