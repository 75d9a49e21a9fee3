using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Mobility.Transit;

/// <summary>
/// Writes the synthetic network (<see cref="TransitNetwork"/>) as a GTFS feed: the standard files
/// <c>agency.txt</c>, <c>stops.txt</c>, <c>routes.txt</c>, <c>trips.txt</c>, <c>stop_times.txt</c>,
/// <c>calendar.txt</c> and <c>calendar_dates.txt</c>, as RFC 4180 CSV text. Weekday, Saturday and
/// Sunday timetables run from the year before the reference date to two years after; holidays switch to the Sunday one;
/// the night trips of the main lines run past midnight (times beyond <c>24:00:00</c>).
/// </summary>
internal static class GenovaTransitFeed
{
    /// <summary>The agency id of the synthetic operator.</summary>
    public const string AgencyId = "AMT";


    // (service id, first departure in minutes, headway factor)
    private static readonly (string Id, int First, double Factor)[] Services =
    [
        ("FERIALE", (5 * 60) + 30, 1.0),
        ("SABATO", (5 * 60) + 30, 1.25),
        ("FESTIVO", (6 * 60) + 30, 1.6),
    ];

    public static IReadOnlyDictionary<string, string> Generate(City city)
    {
        var reference = city.Options.ReferenceDate;
        var stops = new StopIndex();
        var patterns = TransitNetwork.Lines.ToDictionary(l => l.Id, l => stops.Pattern(l), StringComparer.Ordinal);
        // From the year before the reference date to two years after it, so that a demo run months
        // later (asking for departures "now") still finds a timetable.
        var start = new DateOnly(reference.Year - 1, 1, 1);
        var end = new DateOnly(reference.Year + 2, 12, 31);

        var trips = new CsvText("route_id", "service_id", "trip_id", "trip_headsign", "direction_id");
        var stopTimes = new CsvText("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence");
        foreach (var line in TransitNetwork.Lines)
        {
            WriteTrips(line, patterns[line.Id], trips, stopTimes);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency.txt"] = new CsvText("agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang")
                .Row(AgencyId, "AMT Genova (synthetic timetable)", "https://www.amt.genova.it", "Europe/Rome", "it").ToString(),
            ["stops.txt"] = stops.ToCsv(),
            ["routes.txt"] = Routes(),
            ["trips.txt"] = trips.ToString(),
            ["stop_times.txt"] = stopTimes.ToString(),
            ["calendar.txt"] = Calendar(start, end),
            ["calendar_dates.txt"] = CalendarDates(start, end),
        };
    }

    private static string Routes()
    {
        var routes = new CsvText("route_id", "agency_id", "route_short_name", "route_long_name", "route_type", "route_color");
        foreach (var line in TransitNetwork.Lines)
        {
            routes.Row(line.Id, AgencyId, line.Id, line.LongName, line.Mode.RouteType.ToString(CultureInfo.InvariantCulture), line.Color);
        }
        return routes.ToString();
    }

    private static void WriteTrips(TransitLine line, IReadOnlyList<(string StopId, string Name, double Metres)> pattern, CsvText trips, CsvText stopTimes)
    {
        var metresPerMinute = line.Mode.SpeedKmh * 1000 / 60;
        for (var direction = 0; direction < 2; direction++)
        {
            var stops = direction == 0 ? pattern : [.. pattern.Reverse().Select(s => s with { Metres = pattern[^1].Metres - s.Metres })];
            var headsign = stops[^1].Name;
            foreach (var (service, first, factor) in Services)
            {
                // The return direction leaves half a headway later, so the two do not bunch at shared stops.
                var departure = first + (direction * line.HeadwayMinutes / 2);
                while (departure <= line.LastDeparture)
                {
                    var tripId = $"{line.Id}-{service}-{direction}-{Clock(departure).Replace(":", string.Empty, StringComparison.Ordinal)[..4]}";
                    trips.Row(line.Id, service, tripId, headsign, direction.ToString(CultureInfo.InvariantCulture));
                    for (var i = 0; i < stops.Count; i++)
                    {
                        var at = Clock(departure + (int)Math.Round(stops[i].Metres / metresPerMinute));
                        stopTimes.Row(tripId, at, at, stops[i].StopId, (i + 1).ToString(CultureInfo.InvariantCulture));
                    }
                    departure += Headway(line.HeadwayMinutes, departure, factor);
                }
            }
        }
    }

    // Sparser early in the morning and in the evening.
    private static int Headway(int daytime, int minute, double factor)
    {
        var headway = minute < 7 * 60 ? daytime * 1.5 : minute < 20 * 60 ? daytime : Math.Max(daytime * 2, 20);
        return (int)Math.Round(headway * factor);
    }

    /// <summary>A GTFS time: hours may pass 24 for a trip of the service day that runs after midnight.</summary>
    private static string Clock(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:D2}:{minutes % 60:D2}:00");

    private static string Calendar(DateOnly start, DateOnly end)
    {
        var calendar = new CsvText("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date");
        var from = Date(start);
        var to = Date(end);
        calendar.Row("FERIALE", "1", "1", "1", "1", "1", "0", "0", from, to);
        calendar.Row("SABATO", "0", "0", "0", "0", "0", "1", "0", from, to);
        calendar.Row("FESTIVO", "0", "0", "0", "0", "0", "0", "1", from, to);
        return calendar.ToString();
    }

    /// <summary>On a holiday that is not a Sunday the day's timetable is replaced by the Sunday one.</summary>
    private static string CalendarDates(DateOnly start, DateOnly end)
    {
        var dates = new CsvText("service_id", "date", "exception_type");
        for (var year = start.Year; year <= end.Year; year++)
        {
            foreach (var holiday in GenovaCalendar.PublicHolidaysOf(year).Where(d => d >= start && d <= end && d.DayOfWeek != DayOfWeek.Sunday))
            {
                dates.Row(holiday.DayOfWeek == DayOfWeek.Saturday ? "SABATO" : "FERIALE", Date(holiday), "2");
                dates.Row("FESTIVO", Date(holiday), "1");
            }
        }
        return dates.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
