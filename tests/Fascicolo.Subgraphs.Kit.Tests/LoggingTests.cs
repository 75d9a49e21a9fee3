using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using Microsoft.Extensions.Logging;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task UnhandledException_Should_BeLoggedWithDetailsAndRequestId_When_AResolverThrows()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await SubgraphTestHost.StartAsync(new SampleModule(), new SubgraphTestHostOptions
        {
            Configure = builder => builder.Logging.AddProvider(logs),
        });

        var response = await PostAsync(host, new { query = "query Boom { failing }" });

        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        var entry = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == SampleQuery.SecretMessage);
        Assert.Contains("failing", entry.Message, StringComparison.Ordinal);
        Assert.Contains("Boom", entry.Message, StringComparison.Ordinal);
        Assert.True(entry.Scope.TryGetValue("RequestId", out var requestId) && requestId is string { Length: > 0 }, "no RequestId in the log scope");
        Assert.True(entry.Scope.ContainsKey("TraceId") || entry.Scope.ContainsKey("SpanId") || entry.Scope.ContainsKey("RequestPath"));
    }
}
