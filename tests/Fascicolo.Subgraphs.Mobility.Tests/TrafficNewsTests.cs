using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>The public traffic notices: those in force at an instant, a page at a time.</summary>
[Collection(SeededMobility.Name)]
public sealed class TrafficNewsTests(MobilityFixture fixture)
{
    private const string NewsQuery = """
        query($at: DateTime, $first: Int, $after: String) {
          trafficNews(activeAt: $at, first: $first, after: $after) {
            edges { cursor node { id kind title street municipio latitude longitude validFrom validUntil } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task TrafficNews_Should_ListTheNoticesInForceNow_When_NoInstantIsGiven()
    {
        var now = fixture.Now;
        var expected = fixture.City.TrafficNews()
            .Where(n => Utc(n.ValidFrom) <= now && (n.ValidUntil is null || Utc(n.ValidUntil.Value) > now))
            .Select(n => n.Id).ToList();

        var ids = await AllIdsAsync(null);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task TrafficNews_Should_ShowTheEventOnItsDay_When_AskedAtThatInstant()
    {
        var salone = fixture.City.TrafficNews().Single(n => n.Title.StartsWith("Salone Nautico", StringComparison.Ordinal));
        var during = Utc(salone.ValidFrom).AddHours(5);

        var ids = await AllIdsAsync(during.ToString("O", CultureInfo.InvariantCulture));

        Assert.Contains(salone.Id, ids);
    }

    [Fact]
    public async Task TrafficNews_Should_PageInIdOrder_When_AskingTwoAtATime()
    {
        var all = await AllIdsAsync(null);
        var paged = new List<string>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(NewsQuery, new { first = 2, after });
            var news = response.Data().GetProperty("trafficNews");
            paged.AddRange(news.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = news.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? news.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(all, paged);
    }

    private async Task<List<string>> AllIdsAsync(string? at)
    {
        using var response = await fixture.Host.QueryAsync(NewsQuery, new { at, first = 100 });
        return [.. response.Data().GetProperty("trafficNews").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
    }

    private static DateTimeOffset Utc(DateTime italian) => MobilityClock.FromItalianTime(italian);
}
