namespace Fascicolo.Subgraphs.Mobility.Transit;

/// <summary>A departure from a stop on a service day.</summary>
/// <param name="TripId">The trip.</param>
/// <param name="RouteId">The trip's route.</param>
/// <param name="Headsign">The stop's or the trip's headsign.</param>
/// <param name="DirectionId">The trip's direction, when the feed gives it.</param>
/// <param name="ServiceDate">The service day the trip belongs to (a trip after midnight belongs to the day before).</param>
/// <param name="DepartureSeconds">The GTFS departure time, seconds after the service day's start.</param>
/// <param name="StopSequence">The stop's position in the trip.</param>
/// <param name="DepartsAt">The departure instant, UTC.</param>
internal sealed record DepartureRecord(
    string TripId, string RouteId, string? Headsign, int? DirectionId, DateOnly ServiceDate, int DepartureSeconds, int StopSequence, DateTime DepartsAt);
