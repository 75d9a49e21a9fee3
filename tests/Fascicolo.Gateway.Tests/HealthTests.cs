using System.Net;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fascicolo.Gateway.Tests;

public sealed class HealthTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Should_Answer200_When_TheSupergraphIsLoaded(string path)
    {
        using var response = await shop.Gateway.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadyCheck_Should_BeUnhealthy_When_NoSupergraphIsLoaded()
    {
        using var state = new GatewayState();

        var result = await new GatewayHealth.SupergraphLoadedCheck(state).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
