using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers: always 200) and <c>/health/ready</c> (200 once the
/// supergraph is loaded, 503 before), with a small JSON body like the subgraphs'.
/// </summary>
internal static class GatewayHealth
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SupergraphLoadedCheck>("supergraph", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Adds the two endpoints as middleware (no endpoint routing on the gateway's request path).</summary>
    public static IApplicationBuilder UseGatewayHealth(this IApplicationBuilder app)
    {
        app.UseHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    /// <summary>Healthy once a supergraph is loaded: unhealthy maps to 503.</summary>
    internal sealed class SupergraphLoadedCheck(GatewayState state) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(state.Runtime is { } runtime
                ? HealthCheckResult.Healthy($"Serving a supergraph of {runtime.Supergraph.Subgraphs.Count} subgraph(s).")
                : HealthCheckResult.Unhealthy("No supergraph is loaded."));
    }
}
