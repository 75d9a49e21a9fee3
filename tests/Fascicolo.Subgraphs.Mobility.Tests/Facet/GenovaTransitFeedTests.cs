using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Mobility.Gtfs;
using Fascicolo.Subgraphs.Mobility.Transit;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>The generated Genova-like feed, read back with the GTFS reader, and the route types it maps to.</summary>
public sealed class GenovaTransitFeedTests
{
    private static readonly City City = SyntheticCityGenerator.Generate(new CityOptions { Residents = CityOptions.MinResidents });

    private static GtfsFeedReader Reader => new(GtfsFeedSource.FromText("synthetic", City.TransitFeed()));

    [Fact]
    public void Feed_Should_PlaceEveryStopInGenova_When_Generated()
    {
        var stops = Reader.Stops().ToList();

        Assert.All(stops, s =>
        {
            Assert.InRange(s.Latitude!.Value, 44.37, 44.50);
            Assert.InRange(s.Longitude!.Value, 8.74, 9.05);
        });
        Assert.Equal(stops.Count, stops.Select(s => s.Id).Distinct().Count());
        // A leg shared by two lines in opposite directions shares its street stops.
        Assert.Single(stops, s => s.Name == "Via Gramsci 1");
    }

    [Fact]
    public void Feed_Should_RunEveryRouteBothWaysOnEveryKindOfDay_When_Generated()
    {
        var trips = Reader.Trips().ToList();

        foreach (var route in Reader.Routes())
        {
            foreach (var service in new[] { "FERIALE", "SABATO", "FESTIVO" })
            {
                Assert.Contains(trips, t => t.RouteId == route.Id && t.ServiceId == service && t.Id.Contains("-0-", StringComparison.Ordinal));
                Assert.Contains(trips, t => t.RouteId == route.Id && t.ServiceId == service && t.Id.Contains("-1-", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Feed_Should_CoverTheReferenceYearAndSwapInSundaysOnHolidays_When_Generated()
    {
        var calendars = Reader.Calendars().ToList();
        var dates = Reader.CalendarDates().ToList();
        var reference = City.Options.ReferenceDate;

        Assert.All(calendars, c => Assert.InRange(reference, c.StartDate, c.EndDate));
        // Epiphany 2026 is a Tuesday: no weekday service, the Sunday one instead.
        Assert.Contains(new GtfsCalendarDate("FERIALE", new DateOnly(2026, 1, 6), 2, 0), dates.Select(d => d with { Line = 0 }));
        Assert.Contains(new GtfsCalendarDate("FESTIVO", new DateOnly(2026, 1, 6), 1, 0), dates.Select(d => d with { Line = 0 }));
        // 25 April 2026 is a Saturday: the Saturday service gives way.
        Assert.Contains(new GtfsCalendarDate("SABATO", new DateOnly(2026, 4, 25), 2, 0), dates.Select(d => d with { Line = 0 }));
        // San Giovanni Battista, Genova's patron saint, on Wednesday 24 June 2026.
        Assert.Contains(new GtfsCalendarDate("FERIALE", new DateOnly(2026, 6, 24), 2, 0), dates.Select(d => d with { Line = 0 }));
        Assert.DoesNotContain(dates, d => d.Date.DayOfWeek == DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData(0, "Tram")]
    [InlineData(1, "Metro")]
    [InlineData(3, "Bus")]
    [InlineData(4, "Ferry")]
    [InlineData(7, "Funicular")]
    [InlineData(11, "Trolleybus")]
    [InlineData(12, "Monorail")]
    [InlineData(109, "Rail")] // suburban railway
    [InlineData(700, "Bus")]
    [InlineData(800, "Trolleybus")]
    [InlineData(900, "Tram")]
    [InlineData(1000, "Ferry")]
    [InlineData(1200, "Ferry")]
    [InlineData(1400, "Funicular")]
    [InlineData(1700, "Other")]
    public void RouteKind_Should_GroupExtendedTypesOntoBasicOnes_When_Mapped(int routeType, string kindName)
    {
        var kind = Enum.Parse<TransitRouteKind>(kindName);
        Assert.Equal(kind, TransitRouteKinds.Of(routeType));
        Assert.Contains(routeType, TransitRouteKinds.TypesOf(kind));
    }
}
