namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>stop_times.txt</c>.</summary>
/// <param name="TripId">trip_id.</param>
/// <param name="ArrivalSeconds">arrival_time in seconds after the service day's start; null when not a timepoint.</param>
/// <param name="DepartureSeconds">departure_time in seconds after the service day's start; null when not a timepoint.</param>
/// <param name="StopId">stop_id.</param>
/// <param name="Sequence">stop_sequence.</param>
/// <param name="Headsign">stop_headsign, if given.</param>
/// <param name="PickupType">pickup_type (1: no pick-up), if given.</param>
/// <param name="DropOffType">drop_off_type, if given.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsStopTime(
    string TripId, int? ArrivalSeconds, int? DepartureSeconds, string StopId, int Sequence, string? Headsign, int? PickupType, int? DropOffType, int Line);
