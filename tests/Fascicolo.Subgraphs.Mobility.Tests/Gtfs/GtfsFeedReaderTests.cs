using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Mobility.Gtfs;

namespace Fascicolo.Subgraphs.Mobility.Tests.Gtfs;

/// <summary>The GTFS reader: columns by name, optional columns, typed values, and coded errors with file and line.</summary>
public sealed class GtfsFeedReaderTests
{
    [Fact]
    public void Read_Should_ReadEveryFile_When_OptionalColumnsAreMissingAndColumnsAreReordered()
    {
        var reader = Reader(GtfsFeeds.Minimal());

        var agency = Assert.Single(reader.Agencies());
        var stops = reader.Stops().ToList();
        var route = Assert.Single(reader.Routes());
        var trip = Assert.Single(reader.Trips());
        var stopTimes = reader.StopTimes().ToList();

        Assert.Equal(("", "AMT Genova", "Europe/Rome"), (agency.Id, agency.Name, agency.Timezone));
        Assert.Equal("De Ferrari, metro", stops[0].Name);
        Assert.Equal((44.4067, 8.9454, 0, (int?)null), (stops[1].Latitude!.Value, stops[1].Longitude!.Value, stops[1].LocationType, stops[1].WheelchairBoarding));
        Assert.Null(stops[0].Code);
        Assert.Equal(("M", 1, (string?)null, (string?)null), (route.ShortName, route.Type, route.LongName, route.Color));
        Assert.Null(trip.DirectionId);
        Assert.Equal(3, stopTimes[1].Line);
    }

    [Theory]
    [InlineData("24:03:30", (24 * 3600) + (3 * 60) + 30)]
    [InlineData("8:05:00", (8 * 3600) + (5 * 60))]
    [InlineData("00:00:00", 0)]
    [InlineData("47:59:59", (47 * 3600) + (59 * 60) + 59)]
    public void Time_Should_CountSecondsFromTheServiceDayStart_When_HoursPass24(string text, int seconds)
    {
        Assert.True(GtfsTime.TryParse(text, out var parsed));
        Assert.Equal(seconds, parsed);
        Assert.Equal(text.PadLeft(8, '0'), GtfsTime.Format(parsed));
    }

    [Theory]
    [InlineData("8:5:00")]
    [InlineData("08:60:00")]
    [InlineData("48:00:00")]
    [InlineData("08:00")]
    [InlineData("-1:00:00")]
    public void Time_Should_BeRejected_When_NotHhMmSs(string text)
    {
        Assert.False(GtfsTime.TryParse(text, out _));
    }

    [Fact]
    public void Read_Should_FailWithMissingColumnOnLine1_When_ARequiredColumnIsAbsent()
    {
        var error = Assert.Throws<GtfsFeedException>(() => Reader(GtfsFeeds.With("trips.txt", "route_id,trip_id\nM,T1\n")).Trips().ToList());

        Assert.Equal((GtfsErrorCodes.MissingColumn, "trips.txt", 1), (error.Code, error.FileName, error.Line));
        Assert.Contains("service_id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,44.4,8.9\nS2,B,91.5,8.9\n", 3, "stop_lat")]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,,44.4,8.9\n", 2, "stop_name")]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,,8.9\n", 2, "stop_lat")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,8:5:00,08:05:00,S1,1\n", 2, "arrival_time")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:06:00,08:05:00,S1,1\n", 2, "departure_time")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:05:00,08:05:00,S1,first\n", 2, "stop_sequence")]
    [InlineData("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,2026-01-01,20261231\n", 2, "start_date")]
    [InlineData("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,2,0,0,20260101,20261231\n", 2, "friday")]
    [InlineData("calendar_dates.txt", "service_id,date,exception_type\nWD,20260104,3\n", 2, "exception_type")]
    [InlineData("routes.txt", "route_id,route_short_name,route_type,route_color\nM,M,1,red\n", 2, "route_color")]
    [InlineData("routes.txt", "route_id,route_short_name,route_long_name,route_type\nM,,,1\n", 2, "route_short_name")]
    [InlineData("routes.txt", "route_id,route_short_name,route_type\nM,M,bus\n", 2, "route_type")]
    [InlineData("agency.txt", "agency_name,agency_url,agency_timezone\nAMT,https://amt.example,Europe/Genova\n", 2, "agency_timezone")]
    public void Read_Should_FailWithInvalidValueNamingFileLineAndColumn_When_ARowHasABadValue(string file, string text, int line, string column)
    {
        var reader = Reader(GtfsFeeds.With(file, text));

        var error = Assert.Throws<GtfsFeedException>(() => ReadFile(reader, file));

        Assert.Equal((GtfsErrorCodes.InvalidValue, file, line), (error.Code, error.FileName, error.Line));
        Assert.StartsWith(column, error.Problem, StringComparison.Ordinal);
        Assert.Contains($"{file} line {line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Should_FailWithMalformedCsv_When_ARowHasMoreValuesThanTheHeader()
    {
        var reader = Reader(GtfsFeeds.With("trips.txt", "route_id,service_id,trip_id\nM,WD,T1,extra\n"));

        var error = Assert.Throws<GtfsFeedException>(() => reader.Trips().ToList());

        Assert.Equal((GtfsErrorCodes.MalformedCsv, "trips.txt", 2), (error.Code, error.FileName, error.Line));
    }

    [Fact]
    public void Read_Should_AcceptTrailingEmptyFieldsAndShortRows_When_NoValueIsLost()
    {
        var reader = Reader(GtfsFeeds.With("trips.txt", "route_id,service_id,trip_id,trip_headsign\nM,WD,T1,Brignole,,\nM,WD,T2\n"));

        var trips = reader.Trips().ToList();

        Assert.Equal(["Brignole", null], trips.Select(t => t.Headsign));
    }

    [Fact]
    public void Read_Should_FailWithMissingFile_When_ARequiredFileIsAbsent()
    {
        var error = Assert.Throws<GtfsFeedException>(() => Reader(GtfsFeeds.Without("stops.txt")).Stops().ToList());

        Assert.Equal((GtfsErrorCodes.MissingFile, "stops.txt"), (error.Code, error.FileName));
    }

    [Fact]
    public void Read_Should_ReadNoCalendars_When_OnlyCalendarDatesIsGiven()
    {
        var reader = Reader(GtfsFeeds.Without("calendar.txt"));

        Assert.Empty(reader.Calendars());
        Assert.Equal(2, reader.CalendarDates().Count());
    }

    [Fact]
    public void Read_Should_ReadTheWholeSyntheticFeed_When_GeneratedForAnyCity()
    {
        var feed = SyntheticCityGenerator.Generate(new CityOptions { Residents = CityOptions.MinResidents }).TransitFeed();
        var reader = Reader(feed);

        var stopTimes = reader.StopTimes().ToList();
        var trips = reader.Trips().ToList();

        Assert.True(stopTimes.Count > 10_000 && trips.Count > 1_000, $"{stopTimes.Count} stop times, {trips.Count} trips");
        // The night trips of the main lines run past midnight of their service day.
        Assert.Contains(stopTimes, s => s.DepartureSeconds >= 24 * 3600);
        Assert.Equal(trips.Count, stopTimes.Select(s => s.TripId).Distinct().Count());
    }

    internal static GtfsFeedReader Reader(IReadOnlyDictionary<string, string> files) => new(GtfsFeedSource.FromText("test feed", files));

    private static void ReadFile(GtfsFeedReader reader, string file)
    {
        _ = file switch
        {
            "agency.txt" => reader.Agencies().Count(),
            "stops.txt" => reader.Stops().Count(),
            "routes.txt" => reader.Routes().Count(),
            "trips.txt" => reader.Trips().Count(),
            "stop_times.txt" => reader.StopTimes().Count(),
            "calendar.txt" => reader.Calendars().Count(),
            "calendar_dates.txt" => reader.CalendarDates().Count(),
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
    }
}
