using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers
/// <c>SELECT 1</c>): a JSON body, 200 when healthy and 503 otherwise.
/// </summary>
public static class SubgraphHealth
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>Adds the checks: the database check is tagged <c>ready</c>.</summary>
    internal static IServiceCollection AddSubgraphHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgres", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>Maps the two health endpoints.</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <returns>The same endpoints.</returns>
    public static IEndpointRouteBuilder MapSubgraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, durationMs = entry.Value.Duration.TotalMilliseconds }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    /// <summary>Runs <c>SELECT 1</c> on the subgraph's data source.</summary>
    private sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var command = dataSource.CreateCommand("select 1");
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy("PostgreSQL answered SELECT 1.");
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // The reason stays in the logs and the check's exception; the body only says unreachable.
                return HealthCheckResult.Unhealthy("PostgreSQL is unreachable.", exception);
            }
        }
    }
}
