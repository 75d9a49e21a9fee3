namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// The ids a feed defines, file by file, so that every reference can be checked as it is read:
/// a duplicate id or a reference to an undefined one is reported with the file and line.
/// </summary>
internal sealed class GtfsReferences
{
    private readonly HashSet<string> _agencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stops = new(StringComparer.Ordinal);
    private readonly HashSet<string> _routes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _calendars = new(StringComparer.Ordinal);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);
    private readonly HashSet<(string, DateOnly)> _calendarDates = [];
    private readonly HashSet<string> _trips = new(StringComparer.Ordinal);
    private readonly List<(string StopId, string Parent, int Line)> _parents = [];

    /// <summary>The time zone of the agencies.</summary>
    public string? Timezone { get; private set; }

    /// <summary>How many agencies were read.</summary>
    public int AgencyCount => _agencies.Count;

    /// <summary>Records an agency; all must share one time zone.</summary>
    public void Agency(GtfsAgency agency)
    {
        Unique(_agencies, agency.Id, "agency.txt", agency.Line, "agency_id");
        if (_agencies.Count > 1 && (agency.Id.Length == 0 || _agencies.Contains(string.Empty)))
        {
            throw new GtfsFeedException(GtfsErrorCodes.InvalidValue, "agency.txt", agency.Line, "agency_id is required when the feed has more than one agency.");
        }
        if (Timezone is not null && Timezone != agency.Timezone)
        {
            throw new GtfsFeedException(GtfsErrorCodes.InvalidValue, "agency.txt", agency.Line,
                $"agency_timezone '{agency.Timezone}' differs from '{Timezone}': every agency of a feed must share one time zone.");
        }
        Timezone = agency.Timezone;
    }

    /// <summary>Records a stop; its parent station is checked by <see cref="CheckParentStations"/>.</summary>
    public void Stop(GtfsStop stop)
    {
        Unique(_stops, stop.Id, "stops.txt", stop.Line, "stop_id");
        if (stop.ParentStation is { } parent)
        {
            _parents.Add((stop.Id, parent, stop.Line));
        }
    }

    /// <summary>Checks, once every stop is read, that each parent station exists.</summary>
    public void CheckParentStations()
    {
        foreach (var (stopId, parent, line) in _parents)
        {
            Known(_stops, parent, "stops.txt", line, $"parent_station '{parent}' of stop '{stopId}' is not a stop_id of stops.txt.");
        }
    }

    /// <summary>Records a route and returns its agency id (the only agency's when left out).</summary>
    public string Route(GtfsRoute route)
    {
        Unique(_routes, route.Id, "routes.txt", route.Line, "route_id");
        if (route.AgencyId is { } agencyId)
        {
            Known(_agencies, agencyId, "routes.txt", route.Line, $"agency_id '{agencyId}' is not an agency_id of agency.txt.");
            return agencyId;
        }
        return _agencies.Count == 1
            ? _agencies.First()
            : throw new GtfsFeedException(GtfsErrorCodes.InvalidValue, "routes.txt", route.Line, "agency_id is required when the feed has more than one agency.");
    }

    /// <summary>Records a calendar (a service).</summary>
    public void Calendar(GtfsCalendar calendar)
    {
        Unique(_calendars, calendar.ServiceId, "calendar.txt", calendar.Line, "service_id");
        _services.Add(calendar.ServiceId);
    }

    /// <summary>Records an exception date (a service, possibly one calendar.txt does not have).</summary>
    public void CalendarDate(GtfsCalendarDate date)
    {
        if (!_calendarDates.Add((date.ServiceId, date.Date)))
        {
            throw new GtfsFeedException(GtfsErrorCodes.DuplicateId, "calendar_dates.txt", date.Line,
                $"service_id '{date.ServiceId}' has two rows for {date.Date:yyyyMMdd}.");
        }
        _services.Add(date.ServiceId);
    }

    /// <summary>Records a trip after checking its route and service.</summary>
    public void Trip(GtfsTrip trip)
    {
        Unique(_trips, trip.Id, "trips.txt", trip.Line, "trip_id");
        Known(_routes, trip.RouteId, "trips.txt", trip.Line, $"route_id '{trip.RouteId}' is not a route_id of routes.txt.");
        Known(_services, trip.ServiceId, "trips.txt", trip.Line, $"service_id '{trip.ServiceId}' is in neither calendar.txt nor calendar_dates.txt.");
    }

    /// <summary>Checks a stop time's trip and stop.</summary>
    public void StopTime(GtfsStopTime stopTime)
    {
        Known(_trips, stopTime.TripId, "stop_times.txt", stopTime.Line, $"trip_id '{stopTime.TripId}' is not a trip_id of trips.txt.");
        Known(_stops, stopTime.StopId, "stop_times.txt", stopTime.Line, $"stop_id '{stopTime.StopId}' is not a stop_id of stops.txt.");
    }

    private static void Unique(HashSet<string> ids, string id, string file, int line, string column)
    {
        if (!ids.Add(id))
        {
            throw new GtfsFeedException(GtfsErrorCodes.DuplicateId, file, line, $"{column} '{id}' appears twice.");
        }
    }

    private static void Known(HashSet<string> ids, string id, string file, int line, string problem)
    {
        if (!ids.Contains(id))
        {
            throw new GtfsFeedException(GtfsErrorCodes.UnknownReference, file, line, problem);
        }
    }
}
