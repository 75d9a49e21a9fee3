using System.Net;
using System.Text.Json;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_Should_BeLiveAndReady_When_TheDatabaseAnswers()
    {
        await using var host = await SubgraphTestHost.StartAsync(new SampleModule());

        var (liveStatus, live) = await GetAsync(host, "/health/live");
        var (readyStatus, ready) = await GetAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthReady_Should_Return503WhileLiveStays200_When_TheDatabaseIsGone()
    {
        var database = await KitApps.CreateDatabaseAsync("kit_health");
        await using var host = await SubgraphTestHost.StartAsync(new SampleModule(), new SubgraphTestHostOptions { Database = database });

        await database.DisposeAsync();
        var (readyStatus, ready) = await GetAsync(host, "/health/ready");
        var (liveStatus, _) = await GetAsync(host, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(SubgraphTestHost host, string path)
    {
        using var response = await host.HttpClient.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
