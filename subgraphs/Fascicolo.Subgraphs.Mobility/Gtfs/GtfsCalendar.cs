namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>A row of <c>calendar.txt</c>: the weekdays a service runs on between two dates.</summary>
/// <param name="ServiceId">service_id.</param>
/// <param name="Days">monday to sunday.</param>
/// <param name="StartDate">start_date.</param>
/// <param name="EndDate">end_date (inclusive).</param>
/// <param name="Line">The line of the row.</param>
internal sealed record GtfsCalendar(string ServiceId, IReadOnlyList<bool> Days, DateOnly StartDate, DateOnly EndDate, int Line);
