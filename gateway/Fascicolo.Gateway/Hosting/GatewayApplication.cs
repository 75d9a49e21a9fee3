using Fascicolo.Gateway.Http;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Introspection;
using Fascicolo.Gateway.Limits;
using Fascicolo.Gateway.RateLimiting;
using Fascicolo.Gateway.Redis;
using Fascicolo.Gateway.TrustedDocuments;

namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// Builds and runs the gateway: reads the settings, loads the supergraph (a failure stops start-up
/// with a message), and serves <c>/graphql</c>, <c>/graphiql/*</c> and the health endpoints as plain
/// middleware (no MVC, no endpoint routing).
/// </summary>
internal static partial class GatewayApplication
{
    // `--supergraph <file>` is the short form of `--Gateway:Supergraph <file>`.
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--supergraph"] = GatewaySettings.SectionName + ":Supergraph",
    };

    /// <summary>Runs the gateway until shut down.</summary>
    /// <returns>0, or 1 when it cannot start (the reason is written to <paramref name="error"/>, by default the console).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (GatewayStartupException exception)
        {
            await (error ?? Console.Error).WriteLineAsync($"fascicolo-gateway: cannot start: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync().ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Builds the application; <paramref name="configure"/> runs before the settings are read (tests add configuration there).</summary>
    /// <exception cref="GatewayStartupException">A setting is wrong or the supergraph cannot be loaded.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is the binaries' folder, so appsettings.json is found whatever the current
        // directory; relative setting paths resolve against the current directory (RepositoryPaths).
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        configure?.Invoke(builder);

        var settings = GatewaySettings.Read(builder.Configuration);
        var warnings = new List<string>();
        var runtime = GatewayRuntimeLoader.Load(settings, warnings);
        try
        {
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                // The request reader enforces Gateway:MaxRequestBytes itself and answers a GraphQL 413;
                // Kestrel's own limit would abort the request with an empty one.
                kestrel.Limits.MaxRequestBodySize = null;
            });
            builder.Services.AddSingleton(settings);
            builder.Services.AddSingleton<GatewayState>();
            builder.Services.AddSingleton<GraphiQLAssets>();
            var identity = builder.AddGatewayIdentity(warnings);
            builder.Services.AddSingleton(new OperationLimits(settings.Limits));
            builder.Services.AddSingleton(IntrospectionPolicy.Read(builder.Configuration, builder.Environment.IsDevelopment(), identity.AnyIssuer));
            var redis = builder.Services.AddGatewayRedis(builder.Configuration);
            builder.Services.AddTrustedDocuments(builder.Configuration, redis, warnings);
            builder.Services.AddSubjectRateLimiting(builder.Configuration, redis);
            builder.Services.AddSingleton<OperationPipeline>();
            builder.Services.AddSingleton<GraphQLHttpHandler>();
            builder.Services.AddGatewayHealth();
            var app = builder.Build();
            app.Services.GetRequiredService<GatewayState>().Load(runtime);
            LogStart(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayApplication).FullName!), runtime, settings, warnings);
            Map(app);
            return app;
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    private static void Map(WebApplication app)
    {
        var handler = app.Services.GetRequiredService<GraphQLHttpHandler>();
        var graphiql = app.Services.GetRequiredService<GraphiQLAssets>();
        app.UseGatewayHealth();
        app.Map(GraphiQLAssets.Path, branch => branch.Run(graphiql.ServeFileAsync));
        app.Use((context, next) => context.Request.Path.Equals(GraphQLHttpHandler.Path, StringComparison.OrdinalIgnoreCase)
            ? handler.HandleAsync(context)
            : next(context));
    }

    private static void LogStart(ILogger logger, GatewayRuntime runtime, GatewaySettings settings, List<string> warnings)
    {
        foreach (var warning in warnings)
        {
            LogWarning(logger, warning);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var subgraphs = string.Join(", ", runtime.SubgraphUrls.Select(pair => $"{pair.Key}={pair.Value}"));
            LogServing(logger, settings.Supergraph, subgraphs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving supergraph {Supergraph} with subgraphs {Subgraphs}")]
    private static partial void LogServing(ILogger logger, string supergraph, string subgraphs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
