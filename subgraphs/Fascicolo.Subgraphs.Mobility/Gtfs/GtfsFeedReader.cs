namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// Reads the files of a GTFS feed (https://gtfs.org/documentation/schedule/reference/) a row at a
/// time, validating each value: required columns and fields, number ranges, dates, times past
/// 24:00:00. References between files are checked by the loader, which sees all of them.
/// </summary>
/// <param name="source">The feed.</param>
/// <param name="progress">Called with the file, characters read and the file's length, every few thousand rows.</param>
internal sealed class GtfsFeedReader(GtfsFeedSource source, Action<string, long, long>? progress = null)
{
    private const int ReportEvery = 20_000;

    /// <summary>The feed.</summary>
    public GtfsFeedSource Source => source;

    /// <summary>Rows of <c>agency.txt</c>.</summary>
    public IEnumerable<GtfsAgency> Agencies() => Read<GtfsAgency>("agency.txt", table =>
    {
        var id = table.Optional("agency_id");
        var name = table.Required("agency_name");
        var url = table.Required("agency_url");
        var timezone = table.Required("agency_timezone");
        var lang = table.Optional("agency_lang");
        var phone = table.Optional("agency_phone");
        return row => new GtfsAgency(row.Text(id) ?? string.Empty, row.RequiredText(name, "agency_name"), row.RequiredText(url, "agency_url"),
            Timezone(row, row.RequiredText(timezone, "agency_timezone")), row.Text(lang), row.Text(phone), row.Line);
    });

    /// <summary>Rows of <c>stops.txt</c>.</summary>
    public IEnumerable<GtfsStop> Stops() => Read<GtfsStop>("stops.txt", table =>
    {
        var id = table.Required("stop_id");
        var code = table.Optional("stop_code");
        var name = table.Optional("stop_name");
        var lat = table.Optional("stop_lat");
        var lon = table.Optional("stop_lon");
        var type = table.Optional("location_type");
        var parent = table.Optional("parent_station");
        var wheelchair = table.Optional("wheelchair_boarding");
        return row =>
        {
            var locationType = row.Int(type, "location_type", 0, 4) ?? 0;
            // Name and position are required for stops, stations and entrances; optional for nodes and boarding areas.
            var located = locationType <= 2;
            var latitude = row.Double(lat, "stop_lat", -90, 90);
            var longitude = row.Double(lon, "stop_lon", -180, 180);
            if (located && (latitude is null || longitude is null))
            {
                throw row.Invalid(latitude is null ? "stop_lat" : "stop_lon", $"is required for location_type {locationType} but empty.");
            }
            return new GtfsStop(row.RequiredText(id, "stop_id"), row.Text(code),
                located ? row.RequiredText(name, "stop_name") : row.Text(name), latitude, longitude, locationType,
                row.Text(parent), row.Int(wheelchair, "wheelchair_boarding", 0, 2), row.Line);
        };
    });

    /// <summary>Rows of <c>routes.txt</c>.</summary>
    public IEnumerable<GtfsRoute> Routes() => Read<GtfsRoute>("routes.txt", table =>
    {
        var id = table.Required("route_id");
        var agency = table.Optional("agency_id");
        var shortName = table.Optional("route_short_name");
        var longName = table.Optional("route_long_name");
        var type = table.Required("route_type");
        var color = table.Optional("route_color");
        var textColor = table.Optional("route_text_color");
        var sortOrder = table.Optional("route_sort_order");
        return row =>
        {
            var route = new GtfsRoute(row.RequiredText(id, "route_id"), row.Text(agency), row.Text(shortName), row.Text(longName),
                row.RequiredInt(type, "route_type", 0, 1799), Color(row, color, "route_color"), Color(row, textColor, "route_text_color"),
                row.Int(sortOrder, "route_sort_order", 0, int.MaxValue), row.Line);
            return route.ShortName is null && route.LongName is null
                ? throw row.Invalid("route_short_name", "and route_long_name are both empty: a route needs at least one name.")
                : route;
        };
    });

    /// <summary>Rows of <c>trips.txt</c>.</summary>
    public IEnumerable<GtfsTrip> Trips() => Read<GtfsTrip>("trips.txt", table =>
    {
        var route = table.Required("route_id");
        var service = table.Required("service_id");
        var id = table.Required("trip_id");
        var headsign = table.Optional("trip_headsign");
        var direction = table.Optional("direction_id");
        return row => new GtfsTrip(row.RequiredText(id, "trip_id"), row.RequiredText(route, "route_id"), row.RequiredText(service, "service_id"),
            row.Text(headsign), row.Int(direction, "direction_id", 0, 1), row.Line);
    });

    /// <summary>Rows of <c>stop_times.txt</c>.</summary>
    public IEnumerable<GtfsStopTime> StopTimes() => Read<GtfsStopTime>("stop_times.txt", table =>
    {
        var trip = table.Required("trip_id");
        var arrival = table.Optional("arrival_time");
        var departure = table.Optional("departure_time");
        var stop = table.Required("stop_id");
        var sequence = table.Required("stop_sequence");
        var headsign = table.Optional("stop_headsign");
        var pickup = table.Optional("pickup_type");
        var dropOff = table.Optional("drop_off_type");
        return row =>
        {
            var arrives = row.Time(arrival, "arrival_time");
            var departs = row.Time(departure, "departure_time");
            // One of the two alone stands for both (a timepoint with no dwell).
            arrives ??= departs;
            departs ??= arrives;
            if (arrives > departs)
            {
                throw row.Invalid("departure_time", "is earlier than arrival_time.");
            }
            return new GtfsStopTime(row.RequiredText(trip, "trip_id"), arrives, departs, row.RequiredText(stop, "stop_id"),
                row.RequiredInt(sequence, "stop_sequence", 0, int.MaxValue), row.Text(headsign),
                row.Int(pickup, "pickup_type", 0, 3), row.Int(dropOff, "drop_off_type", 0, 3), row.Line);
        };
    });

    /// <summary>Rows of <c>calendar.txt</c>; none when the feed has only <c>calendar_dates.txt</c>.</summary>
    public IEnumerable<GtfsCalendar> Calendars() => source.Exists("calendar.txt") ? Read<GtfsCalendar>("calendar.txt", table =>
    {
        var service = table.Required("service_id");
        string[] names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var days = names.Select(table.Required).ToArray();
        var start = table.Required("start_date");
        var end = table.Required("end_date");
        return row =>
        {
            var calendar = new GtfsCalendar(row.RequiredText(service, "service_id"), [.. days.Select((d, i) => row.RequiredFlag(d, names[i]))],
                row.RequiredDate(start, "start_date"), row.RequiredDate(end, "end_date"), row.Line);
            return calendar.EndDate < calendar.StartDate ? throw row.Invalid("end_date", "is before start_date.") : calendar;
        };
    }) : [];

    /// <summary>Rows of <c>calendar_dates.txt</c>; none when the feed has only <c>calendar.txt</c>.</summary>
    public IEnumerable<GtfsCalendarDate> CalendarDates() => source.Exists("calendar_dates.txt") ? Read<GtfsCalendarDate>("calendar_dates.txt", table =>
    {
        var service = table.Required("service_id");
        var date = table.Required("date");
        var exception = table.Required("exception_type");
        return row => new GtfsCalendarDate(row.RequiredText(service, "service_id"), row.RequiredDate(date, "date"),
            row.RequiredInt(exception, "exception_type", 1, 2), row.Line);
    }) : [];

    /// <summary>Reads a file: <paramref name="columns"/> resolves the header once and returns the row parser.</summary>
    private IEnumerable<T> Read<T>(string fileName, Func<GtfsTable, Func<GtfsRow, T>> columns)
    {
        var length = source.LengthOf(fileName);
        using var text = source.OpenText(fileName);
        var table = new GtfsTable(new CsvRecordReader(text, fileName));
        var parse = columns(table);
        var rows = 0;
        progress?.Invoke(fileName, 0, length);
        while (table.Next() is { } row)
        {
            yield return parse(row);
            if (++rows % ReportEvery == 0)
            {
                progress?.Invoke(fileName, Math.Min(table.CharactersRead, length), length);
            }
        }
        progress?.Invoke(fileName, length, length);
    }

    private static string Timezone(GtfsRow row, string timezone)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timezone);
            return timezone;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw row.Invalid("agency_timezone", $"'{timezone}' is not an IANA time zone such as Europe/Rome.");
        }
    }

    private static string? Color(GtfsRow row, int index, string column)
    {
        var text = row.Text(index);
        return text is null || (text.Length == 6 && text.All(char.IsAsciiHexDigit))
            ? text?.ToUpperInvariant()
            : throw row.Invalid(column, $"'{text}' is not a colour of six hexadecimal digits.");
    }
}
