namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>trips.txt</c>.</summary>
/// <param name="Id">trip_id.</param>
/// <param name="RouteId">route_id.</param>
/// <param name="ServiceId">service_id, of calendar.txt or calendar_dates.txt.</param>
/// <param name="Headsign">trip_headsign, if given.</param>
/// <param name="DirectionId">direction_id (0 or 1), if given.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsTrip(string Id, string RouteId, string ServiceId, string? Headsign, int? DirectionId, int Line);
