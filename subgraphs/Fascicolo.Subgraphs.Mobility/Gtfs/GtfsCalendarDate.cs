namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>calendar_dates.txt</c>.</summary>
/// <param name="ServiceId">service_id.</param>
/// <param name="Date">date.</param>
/// <param name="ExceptionType">1: the service runs that day; 2: it does not.</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsCalendarDate(string ServiceId, DateOnly Date, int ExceptionType, int Line);
