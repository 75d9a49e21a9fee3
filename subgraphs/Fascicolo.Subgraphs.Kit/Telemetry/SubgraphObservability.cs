using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Logs and OpenTelemetry of a subgraph, the way eShop's ServiceDefaults sets them up.</summary>
internal static class SubgraphObservability
{
    /// <summary>
    /// Structured console logs with scopes (request id, trace id): JSON when
    /// <c>Logging:Console:FormatterName</c> says <c>json</c> or standard output is not a terminal
    /// (log collectors parse it), one simple line per entry otherwise.
    /// </summary>
    public static void AddSubgraphLogging(this WebApplicationBuilder builder)
    {
        // Defaults below every other source, so appsettings, environment and arguments still win:
        // Npgsql logs each command at Information, far too chatty for a service log.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Npgsql"] = "Warning",
            },
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(o =>
                o.FormatterName = Console.IsOutputRedirected ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple);
        }
    }

    /// <summary>
    /// Traces (ASP.NET Core, Npgsql, the kit's GraphQL operations) and metrics (ASP.NET Core, runtime,
    /// Npgsql, the kit's per-operation counters), exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (then logs are exported too).
    /// </summary>
    public static void AddSubgraphTelemetry(this WebApplicationBuilder builder, SubgraphModule module)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(module.ServiceName, serviceVersion: module.Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                // Health probes every few seconds would drown the real traffic.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddNpgsql()
                .AddSource(SubgraphTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql")
                .AddMeter(SubgraphTelemetry.Name));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithLogging().UseOtlpExporter();
        }
    }
}
