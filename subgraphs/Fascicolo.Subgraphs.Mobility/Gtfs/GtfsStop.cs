namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>stops.txt</c>.</summary>
/// <param name="Id">stop_id.</param>
/// <param name="Code">stop_code, if given.</param>
/// <param name="Name">stop_name (required for stops, stations and entrances).</param>
/// <param name="Latitude">stop_lat (required for stops, stations and entrances).</param>
/// <param name="Longitude">stop_lon (required for stops, stations and entrances).</param>
/// <param name="LocationType">0 stop or platform, 1 station, 2 entrance, 3 generic node, 4 boarding area.</param>
/// <param name="ParentStation">parent_station, if given.</param>
/// <param name="WheelchairBoarding">0 or null unknown, 1 accessible, 2 not accessible.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsStop(
    string Id, string? Code, string? Name, double? Latitude, double? Longitude, int LocationType, string? ParentStation, int? WheelchairBoarding, int Line);
