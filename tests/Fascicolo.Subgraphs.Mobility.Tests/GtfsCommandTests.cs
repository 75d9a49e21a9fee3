using System.IO.Compression;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Gtfs;
using Fascicolo.Subgraphs.Mobility.Tests.Gtfs;
using Fascicolo.Testing;
using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// <c>gtfs --feed PATH [--replace]</c> against its own empty database: loads a directory or a zip,
/// refuses to replace a feed unless asked, and leaves the previous feed untouched when a feed is bad.
/// </summary>
public sealed class GtfsCommandTests : IAsyncLifetime
{
    private SubgraphTestHost? _host;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gtfs-command-");

    private SubgraphTestHost Host => _host!;

    public async Task InitializeAsync() => _host = await SubgraphTestHost.StartAsync(new MobilityModule());

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Gtfs_Should_LoadADirectoryFeedAndServeIt_When_TheDatabaseHasNone()
    {
        var (exitCode, output, _) = await RunAsync(WriteDirectory("amt", GtfsFeeds.Minimal()), replace: false);

        Assert.Equal(0, exitCode);
        Assert.Contains("gtfs_stop_time", output, StringComparison.Ordinal);
        // The minimal feed's one trip leaves De Ferrari at 23:58 on weekdays: Wednesday 7 and Thursday 8 January 2026.
        using var response = await Host.QueryAsync("{ departures(stopId: \"S1\", after: \"2026-01-07T20:00:00Z\", first: 2) { departsAt route { agency { name } } } }");
        var departures = response.Data().GetProperty("departures").EnumerateArray().ToList();
        Assert.Equal(["2026-01-07T22:58:00Z", "2026-01-08T22:58:00Z"], departures.Select(d => d.GetProperty("departsAt").GetString()));
        Assert.Equal("AMT Genova", departures[0].GetProperty("route").GetProperty("agency").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Gtfs_Should_RefuseToReplaceTheLoadedFeed_When_ReplaceIsNotGiven()
    {
        var feed = WriteDirectory("amt", GtfsFeeds.Minimal());
        await RunAsync(feed, replace: false);

        var (exitCode, _, error) = await RunAsync(feed, replace: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("--replace", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gtfs_Should_ReplaceTheFeed_When_AZipIsLoadedWithReplace()
    {
        await RunAsync(WriteDirectory("amt", GtfsFeeds.Minimal()), replace: false);
        var trips = GtfsFeeds.With("trips.txt", "route_id,service_id,trip_id\nM,WD,T1\nM,WD,T2\n");
        trips["stop_times.txt"] += "T2,08:00:00,08:00:00,S1,1\nT2,08:05:00,08:05:00,S2,2\n";

        var (exitCode, _, error) = await RunAsync(WriteZip("amt.zip", trips), replace: true);

        Assert.True(exitCode == 0, error);
        Assert.Equal(2, await ScalarAsync("select count(*) from gtfs_trip"));
        Assert.Equal(2, await ScalarAsync("select count(*) from gtfs_route_stop"));
    }

    [Theory]
    [InlineData("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,44.4,8.9\nS2,B,444.4,8.9\n", "GTFS_INVALID_VALUE: stops.txt line 3")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S9,2\n", "GTFS_UNKNOWN_REFERENCE: stop_times.txt line 3")]
    [InlineData("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,1\n", "GTFS_DUPLICATE_ID: stop_times.txt")]
    [InlineData("routes.txt", "route_id,route_type\nM,1\n", "GTFS_INVALID_VALUE: routes.txt line 2")]
    [InlineData("trips.txt", "route_id,service_id,trip_id\n", "GTFS_EMPTY_FILE: trips.txt")]
    public async Task Gtfs_Should_ReportTheCodeFileAndLineAndKeepThePreviousFeed_When_TheNewFeedIsBad(string file, string text, string expected)
    {
        await RunAsync(WriteDirectory("good", GtfsFeeds.Minimal()), replace: false);
        var before = await ScalarAsync("select count(*) from gtfs_stop_time") + await ScalarAsync("select count(*) from gtfs_stop");

        var (exitCode, _, error) = await RunAsync(WriteDirectory("bad", GtfsFeeds.With(file, text)), replace: true);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.Equal(before, await ScalarAsync("select count(*) from gtfs_stop_time") + await ScalarAsync("select count(*) from gtfs_stop"));
        Assert.Equal(1, await ScalarAsync("select count(*) from gtfs_feed where source like '%good'"));
    }

    [Fact]
    public async Task Gtfs_Should_FailWithMissingFile_When_TheFeedHasNoCalendar()
    {
        var feed = GtfsFeeds.Without("calendar.txt");
        feed.Remove("calendar_dates.txt");

        var (exitCode, _, error) = await RunAsync(WriteDirectory("nocalendar", feed), replace: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("GTFS_MISSING_FILE: calendar.txt", error, StringComparison.Ordinal);
        Assert.Equal(0, await ScalarAsync("select count(*) from gtfs_stop"));
    }

    [Theory]
    [InlineData(new string[0], "--feed is required")]
    [InlineData(new[] { "--feed" }, "--feed needs")]
    [InlineData(new[] { "--feed", "x", "--fast" }, "unknown argument '--fast'")]
    public void Options_Should_ExplainTheUsage_When_TheArgumentsAreWrong(string[] args, string problem)
    {
        Assert.False(GtfsCommandOptions.TryParse(args, out _, out _, out var error));
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Should_PassConfigurationOverridesThrough_When_Given()
    {
        Assert.True(GtfsCommandOptions.TryParse(["--feed", "amt.zip", "--replace", "--ConnectionStrings:mobility=Host=x"], out var options, out var configuration, out _));
        Assert.Equal(new GtfsCommandOptions("amt.zip", true), options);
        Assert.Equal(["--ConnectionStrings:mobility=Host=x"], configuration);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string feed, bool replace)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GtfsCommand.RunAsync(Host.Services, new MobilityModule(), new GtfsCommandOptions(feed, replace), output, error,
            new ConsoleSeedProgress(TextWriter.Null, interactive: false), CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private string WriteDirectory(string name, IReadOnlyDictionary<string, string> files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_folder.FullName, name));
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(directory.FullName, file), text);
        }
        return directory.FullName;
    }

    private string WriteZip(string name, IReadOnlyDictionary<string, string> files)
    {
        var path = Path.Combine(_folder.FullName, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (file, text) in files)
        {
            using var writer = new StreamWriter(zip.CreateEntry(file).Open());
            writer.Write(text);
        }
        return path;
    }
}
