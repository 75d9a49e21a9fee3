using System.Globalization;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>The public transit queries over the seeded (generated) GTFS feed.</summary>
[Collection(SeededMobility.Name)]
public sealed class TransitQueryTests(MobilityFixture fixture)
{
    private const string DeparturesQuery = """
        query($stop: ID!, $after: DateTime, $first: Int) {
          departures(stopId: $stop, after: $after, first: $first) {
            tripId departsAt scheduledTime serviceDate headsign directionId stopSequence
            route { id shortName type agency { name } }
          }
        }
        """;

    private static readonly Lazy<TransitTimetable> Timetables = new(() => new TransitTimetable(Fascicolo.Domain.SyntheticCity.SyntheticCityGenerator.Generate(
        new Fascicolo.Domain.SyntheticCity.CityOptions { Residents = MobilityFixture.Residents, Seed = Fascicolo.Subgraphs.Kit.SeedOptions.DefaultSeed })));

    private static TransitTimetable Timetable => Timetables.Value;

    [Fact]
    public async Task StopsNear_Should_ListStopsWithinTheRadiusNearestFirst_When_AskedAroundDeFerrari()
    {
        using var response = await fixture.Host.QueryAsync(
            "{ stopsNear(latitude: 44.4072, longitude: 8.9338, radiusMetres: 400, first: 20) { distanceMetres stop { id name routes { shortName } } } }");

        var stops = response.Data().GetProperty("stopsNear").EnumerateArray().ToList();
        Assert.True(stops.Count >= 3, $"Only {stops.Count} stops found.");
        Assert.Equal("De Ferrari", stops[0].GetProperty("stop").GetProperty("name").GetString());
        Assert.Equal(0, stops[0].GetProperty("distanceMetres").GetInt32());
        var distances = stops.Select(s => s.GetProperty("distanceMetres").GetInt32()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 400));
        Assert.Contains(stops, s => s.GetProperty("stop").GetProperty("name").GetString() == "Metro De Ferrari");
    }

    [Fact]
    public async Task StopsNear_Should_FindNothing_When_ThePointIsFarFromGenova()
    {
        using var response = await fixture.Host.QueryAsync("{ stopsNear(latitude: 45.4642, longitude: 9.19, radiusMetres: 5000) { distanceMetres } }");

        Assert.Equal(0, response.Data().GetProperty("stopsNear").GetArrayLength());
    }

    [Theory]
    [InlineData("{ stopsNear(latitude: 91, longitude: 8.9) { distanceMetres } }", "INVALID_COORDINATES", "latitude")]
    [InlineData("{ stopsNear(latitude: 44.4, longitude: -181) { distanceMetres } }", "INVALID_COORDINATES", "longitude")]
    [InlineData("{ stopsNear(latitude: 44.4, longitude: 8.9, radiusMetres: 0) { distanceMetres } }", "INVALID_RADIUS", "radiusMetres")]
    [InlineData("{ stopsNear(latitude: 44.4, longitude: 8.9, radiusMetres: 5001) { distanceMetres } }", "INVALID_RADIUS", "radiusMetres")]
    [InlineData("{ stopsNear(latitude: 44.4, longitude: 8.9, first: 101) { distanceMetres } }", "INVALID_PAGE_SIZE", null)]
    [InlineData("{ departures(stopId: \"NOPE\") { tripId } }", "UNKNOWN_STOP", "stopId")]
    [InlineData("{ departures(stopId: \"S0001\", first: 0) { tripId } }", "INVALID_PAGE_SIZE", null)]
    [InlineData("{ departures(stopId: \"S0001\", after: \"yesterday\") { tripId } }", "ARGUMENTS_OF_CORRECT_TYPE", null)]
    public async Task Query_Should_FailWithACode_When_ATransitArgumentIsInvalid(string query, string code, string? argument)
    {
        using var response = await fixture.Host.QueryAsync(query);

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        if (argument is not null)
        {
            Assert.Equal(argument, error.Extension("argument"));
        }
    }

    [Theory]
    // A Wednesday morning: the weekday timetable, whose first buses leave at 05:30.
    [InlineData("2026-01-07T05:00:00+01:00", "2026-01-07T04:30:00Z")]
    // Epiphany, a Tuesday holiday: calendar_dates.txt swaps in the Sunday timetable, first buses 06:30.
    [InlineData("2026-01-06T05:00:00+01:00", "2026-01-06T05:30:00Z")]
    public async Task Departures_Should_HonourTheCalendarAndItsExceptions_When_AskedEarlyOnAWeekdayOrAHoliday(string after, string firstDeparture)
    {
        using var response = await fixture.Host.QueryAsync(DeparturesQuery, new { stop = Timetable.StopId("De Ferrari"), after, first = 3 });

        var departures = response.Data().GetProperty("departures");
        Assert.Equal(firstDeparture, departures[0].GetProperty("departsAt").GetString());
    }

    [Theory]
    [InlineData("De Ferrari", "2026-01-07T08:12:00+01:00")]
    [InlineData("Piazza Principe", "2026-01-06T14:00:00+01:00")]
    [InlineData("Sampierdarena Via Cantore", "2026-01-08T00:05:00+01:00")] // after midnight: the night buses of the day before
    [InlineData("Metro Brignole", "2026-03-29T01:30:00+01:00")] // the night the clocks go forward
    [InlineData("Voltri Piazza Lerda", "2026-01-01T23:50:00+01:00")] // a holiday evening into an ordinary Friday
    public async Task Departures_Should_MatchTheTimetable_When_ComparedWithAnIndependentReadingOfTheFeed(string stopName, string after)
    {
        var stop = Timetable.StopId(stopName);
        var expected = Timetable.Departures(stop, DateTimeOffset.Parse(after, CultureInfo.InvariantCulture), 15);

        using var response = await fixture.Host.QueryAsync(DeparturesQuery, new { stop, after, first = 15 });

        var actual = response.Data().GetProperty("departures").EnumerateArray()
            .Select(d => (d.GetProperty("tripId").GetString()!, DateTime.Parse(d.GetProperty("departsAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateOnly.Parse(d.GetProperty("serviceDate").GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(15, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Departures_Should_ShowTimesPastMidnightOfTheServiceDay_When_ANightBusRunsAfterMidnight()
    {
        using var response = await fixture.Host.QueryAsync(DeparturesQuery, new { stop = Timetable.StopId("Sampierdarena Via Cantore"), after = "2026-01-08T00:00:00+01:00", first = 1 });

        var departure = response.Data().GetProperty("departures")[0];
        Assert.StartsWith("24:", departure.GetProperty("scheduledTime").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-01-07", departure.GetProperty("serviceDate").GetString());
    }

    [Fact]
    public async Task Departures_Should_StartFromNow_When_NoInstantIsGiven()
    {
        using var response = await fixture.Host.QueryAsync(DeparturesQuery, new { stop = Timetable.StopId("Caricamento"), first = 2 });

        var first = DateTime.Parse(response.Data().GetProperty("departures")[0].GetProperty("departsAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.InRange(first, fixture.Now.UtcDateTime, fixture.Now.UtcDateTime.AddMinutes(30));
    }

    [Fact]
    public async Task Routes_Should_ListEveryLineAndFilterByType_When_Queried()
    {
        using var all = await fixture.Host.QueryAsync("{ routes { id shortName type gtfsRouteType } }");
        using var funiculars = await fixture.Host.QueryAsync("{ routes(type: FUNICULAR) { id } }");

        Assert.Equal(16, all.Data().GetProperty("routes").GetArrayLength());
        Assert.Equal(["CRE", "FUN-SA", "FUN-ZR"], funiculars.Data().GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task Route_Should_ListItsStopsInOrderInEachDirection_When_QueriedById()
    {
        using var response = await fixture.Host.QueryAsync("""
            { route(id: "20") { shortName longName type color agency { name timezone } outbound: stops { name } inbound: stops(directionId: 1) { name } } }
            """);

        var route = response.Data().GetProperty("route");
        Assert.Equal("TROLLEYBUS", route.GetProperty("type").GetString());
        var outbound = route.GetProperty("outbound").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        var inbound = route.GetProperty("inbound").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal("Sampierdarena Via Cantore", outbound[0]);
        Assert.Equal("Foce Piazza Rossetti", outbound[^1]);
        Assert.Equal(Enumerable.Reverse(outbound), inbound);
    }

    [Fact]
    public async Task Route_Should_BeNull_When_TheIdIsUnknown()
    {
        using var response = await fixture.Host.QueryAsync("{ route(id: \"999\") { id } transitStop(id: \"NOPE\") { id } }");

        Assert.True(response.Data().GetProperty("route").IsNull());
        Assert.True(response.Data().GetProperty("transitStop").IsNull());
    }

    [Fact]
    public async Task Transit_Should_MatchTheSnapshot_When_PlanningATripFromDeFerrari()
    {
        using var response = await fixture.Host.QueryAsync("""
            query($stop: ID!) {
              stopsNear(latitude: 44.4072, longitude: 8.9338, radiusMetres: 250, first: 3) {
                distanceMetres
                stop { id code name latitude longitude wheelchairAccessible routes { id shortName longName type color } }
              }
              departures(stopId: $stop, after: "2026-01-07T07:58:00+01:00", first: 6) {
                departsAt scheduledTime serviceDate headsign directionId route { shortName type }
              }
            }
            """, new { stop = Timetable.StopId("De Ferrari") });

        Snapshot.Match(JToken.Parse(response.Data().GetRawText()));
    }

    [Fact]
    public async Task Departures_Should_RunTheSameNumberOfStatements_When_AskingForFiveOrFiftyWithRoutesAndAgencies()
    {
        var stop = Timetable.StopId("Brignole");
        await CountAsync(stop, 2);

        var five = await CountAsync(stop, 5);
        var fifty = await CountAsync(stop, 50);

        // The stop check, the departures, their routes, the routes' agencies.
        Assert.Equal(4, five);
        Assert.Equal(five, fifty);
    }

    private async Task<int> CountAsync(string stop, int first)
    {
        using var counter = new SqlStatementCounter(fixture.Host.Database.Name);
        using var response = await fixture.Host.QueryAsync(DeparturesQuery, new { stop, after = "2026-01-07T08:00:00+01:00", first });
        Assert.Equal(first, response.Data().GetProperty("departures").GetArrayLength());
        return counter.Count;
    }
}
