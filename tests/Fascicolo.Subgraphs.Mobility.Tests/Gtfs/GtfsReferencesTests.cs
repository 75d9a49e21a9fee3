using System.IO.Compression;
using Fascicolo.Subgraphs.Mobility.Gtfs;

namespace Fascicolo.Subgraphs.Mobility.Tests.Gtfs;

/// <summary>References between files (checked as the loader reads them, in its order) and the feed sources.</summary>
public sealed class GtfsReferencesTests
{
    [Fact]
    public void Check_Should_AcceptTheFeed_When_EveryReferenceIsDefined()
    {
        var references = Check(GtfsFeeds.Minimal());

        Assert.Equal("Europe/Rome", references.Timezone);
    }

    [Fact]
    public void Check_Should_AcceptAServiceDefinedOnlyInCalendarDates_When_ATripUsesIt()
    {
        var feed = GtfsFeeds.With("trips.txt", "route_id,service_id,trip_id\nM,WD,T1\nM,HOLIDAY,T2\n");

        Check(feed);
    }

    [Theory]
    [InlineData("trips.txt", "route_id,service_id,trip_id\nM,WD,T1\nX,WD,T2\n", 3, "route_id 'X'")]
    [InlineData("trips.txt", "route_id,service_id,trip_id\nM,SUNDAY,T1\n", 2, "service_id 'SUNDAY'")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT9,08:05:00,08:05:00,S2,2\n", 3, "trip_id 'T9'")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S7,1\n", 2, "stop_id 'S7'")]
    [InlineData("routes.txt", "route_id,agency_id,route_short_name,route_type\nM,ATM,M,1\n", 2, "agency_id 'ATM'")]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,parent_station\nS1,A,44.4,8.9,P9\nS2,B,44.4,8.9,\n", 2, "parent_station 'P9'")]
    public void Check_Should_FailWithUnknownReferenceAndTheLine_When_ARowNamesAnUndefinedId(string file, string text, int line, string reference)
    {
        var error = Assert.Throws<GtfsFeedException>(() => Check(GtfsFeeds.With(file, text)));

        Assert.Equal((GtfsErrorCodes.UnknownReference, file, line), (error.Code, error.FileName, error.Line));
        Assert.Contains(reference, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,44.4,8.9\nS2,B,44.4,8.9\nS1,C,44.4,8.9\n", 4)]
    [InlineData("trips.txt", "route_id,service_id,trip_id\nM,WD,T1\nM,WD,T1\n", 3)]
    [InlineData("calendar_dates.txt", "service_id,date,exception_type\nWD,20260104,1\nWD,20260104,2\n", 3)]
    public void Check_Should_FailWithDuplicateId_When_AnIdAppearsTwice(string file, string text, int line)
    {
        var error = Assert.Throws<GtfsFeedException>(() => Check(GtfsFeeds.With(file, text)));

        Assert.Equal((GtfsErrorCodes.DuplicateId, file, line), (error.Code, error.FileName, error.Line));
    }

    [Fact]
    public void Check_Should_RequireAgencyIds_When_TheFeedHasTwoAgencies()
    {
        var feed = GtfsFeeds.With("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA,AMT,https://a.example,Europe/Rome\nB,ATP,https://b.example,Europe/Rome\n");

        var error = Assert.Throws<GtfsFeedException>(() => Check(feed));

        Assert.Equal((GtfsErrorCodes.InvalidValue, "routes.txt", 2), (error.Code, error.FileName, error.Line));
    }

    [Fact]
    public void Open_Should_ReadAZippedFeed_When_ItsFilesAreInAFolderOfTheZip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gtfs-{Guid.NewGuid():N}.zip");
        try
        {
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                foreach (var (name, text) in GtfsFeeds.Minimal())
                {
                    using var writer = new StreamWriter(zip.CreateEntry("amt_gtfs/" + name).Open());
                    writer.Write(text);
                }
            }

            using var source = GtfsFeedSource.Open(path);

            Assert.True(source.Exists("stop_times.txt"));
            Assert.Equal(2, new GtfsFeedReader(source).Stops().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_Should_FailWithFeedNotFound_When_ThePathDoesNotExist()
    {
        var error = Assert.Throws<GtfsFeedException>(() => GtfsFeedSource.Open("/nonexistent/feed.zip"));

        Assert.Equal(GtfsErrorCodes.FeedNotFound, error.Code);
    }

    /// <summary>Reads the feed in the loader's order, checking references as the loader does.</summary>
    private static GtfsReferences Check(IReadOnlyDictionary<string, string> files)
    {
        var reader = GtfsFeedReaderTests.Reader(files);
        var references = new GtfsReferences();
        foreach (var agency in reader.Agencies())
        {
            references.Agency(agency);
        }
        foreach (var stop in reader.Stops())
        {
            references.Stop(stop);
        }
        references.CheckParentStations();
        foreach (var route in reader.Routes())
        {
            references.Route(route);
        }
        foreach (var calendar in reader.Calendars())
        {
            references.Calendar(calendar);
        }
        foreach (var date in reader.CalendarDates())
        {
            references.CalendarDate(date);
        }
        foreach (var trip in reader.Trips())
        {
            references.Trip(trip);
        }
        foreach (var stopTime in reader.StopTimes())
        {
            references.StopTime(stopTime);
        }
        return references;
    }
}
