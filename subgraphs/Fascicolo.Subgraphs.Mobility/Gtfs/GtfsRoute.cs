namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>routes.txt</c>.</summary>
/// <param name="Id">route_id.</param>
/// <param name="AgencyId">agency_id, if given (required when the feed has several agencies).</param>
/// <param name="ShortName">route_short_name, if given.</param>
/// <param name="LongName">route_long_name, if given (one of the names is).</param>
/// <param name="Type">route_type: 0–7, 11, 12, or an extended type (100–1799).</param>
/// <param name="Color">route_color, six upper-case hexadecimal digits, if given.</param>
/// <param name="TextColor">route_text_color, if given.</param>
/// <param name="SortOrder">route_sort_order, if given.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsRoute(
    string Id, string? AgencyId, string? ShortName, string? LongName, int Type, string? Color, string? TextColor, int? SortOrder, int Line);
