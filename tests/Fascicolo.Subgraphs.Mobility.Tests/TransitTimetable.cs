using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Mobility.Gtfs;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// An independent reading of the seeded timetable, straight from the generated GTFS text with
/// LINQ, to say what <c>departures</c> must answer: the oracle the SQL is compared with.
/// </summary>
internal sealed class TransitTimetable
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    private readonly List<GtfsStop> _stops;
    private readonly Dictionary<string, GtfsTrip> _trips;
    private readonly List<GtfsStopTime> _stopTimes;
    private readonly List<GtfsCalendar> _calendars;
    private readonly List<GtfsCalendarDate> _dates;

    public TransitTimetable(Fascicolo.Domain.SyntheticCity.City city)
    {
        var reader = new GtfsFeedReader(GtfsFeedSource.FromText("oracle", city.TransitFeed()));
        _stops = [.. reader.Stops()];
        _trips = reader.Trips().ToDictionary(t => t.Id, StringComparer.Ordinal);
        _stopTimes = [.. reader.StopTimes()];
        _calendars = [.. reader.Calendars()];
        _dates = [.. reader.CalendarDates()];
    }

    /// <summary>The id of the stop with this name.</summary>
    public string StopId(string name) => _stops.Single(s => s.Name == name).Id;

    /// <summary>The next departures from a stop at or after an instant (trips ending there left out).</summary>
    public IReadOnlyList<(string TripId, DateTime DepartsAtUtc, DateOnly ServiceDate)> Departures(string stopId, DateTimeOffset after, int first)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, Rome).DateTime);
        var lastStop = _stopTimes.GroupBy(s => s.TripId).ToDictionary(g => g.Key, g => g.Max(s => s.Sequence), StringComparer.Ordinal);
        return [.. new[] { localDate.AddDays(-1), localDate, localDate.AddDays(1) }
            .SelectMany(day => _stopTimes
                .Where(s => s.StopId == stopId && s.Sequence < lastStop[s.TripId] && Runs(_trips[s.TripId].ServiceId, day))
                .Select(s => (s.TripId, DepartsAtUtc: DayStart(day).AddSeconds(s.DepartureSeconds!.Value).UtcDateTime, ServiceDate: day)))
            .Where(d => d.DepartsAtUtc >= after.UtcDateTime)
            .OrderBy(d => d.DepartsAtUtc).ThenBy(d => _trips[d.TripId].RouteId, StringComparer.Ordinal).ThenBy(d => d.TripId, StringComparer.Ordinal)
            .Take(first)];
    }

    /// <summary>Whether a service runs on a day: calendar.txt, then calendar_dates.txt's exceptions.</summary>
    public bool Runs(string serviceId, DateOnly day)
    {
        if (_dates.FirstOrDefault(d => d.ServiceId == serviceId && d.Date == day) is { } exception)
        {
            return exception.ExceptionType == 1;
        }
        return _calendars.Any(c => c.ServiceId == serviceId && c.StartDate <= day && day <= c.EndDate
            && c.Days[((int)day.DayOfWeek + 6) % 7]);
    }

    /// <summary>Noon minus twelve hours of the day in Genova.</summary>
    private static DateTimeOffset DayStart(DateOnly day)
    {
        var noon = day.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, Rome.GetUtcOffset(noon)).AddHours(-12);
    }
}
