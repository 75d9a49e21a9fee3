using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Runs a subgraph: every subgraph's <c>Program.cs</c> is
/// <c>return await SubgraphApplication.RunAsync(args, new RegistryModule());</c>.
/// </summary>
public static partial class SubgraphApplication
{
    /// <summary>
    /// Runs the subgraph. <c>args[0] == "seed"</c> runs the seed command (see <see cref="SeedCommand"/>);
    /// anything else serves <c>/graphql</c> and the health endpoints, after applying the migrations.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="module">The subgraph.</param>
    /// <returns>The process exit code: 0 on a clean stop, 1 when start-up failed.</returns>
    public static async Task<int> RunAsync(string[] args, SubgraphModule module)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(module);
        if (args is ["seed", ..])
        {
            return await SeedCommand.RunAsync(args[1..], module).ConfigureAwait(false);
        }
        try
        {
            var app = Build(args, module);
            await using (app.ConfigureAwait(false))
            {
                await app.RunAsync().ConfigureAwait(false);
            }
            return 0;
        }
        catch (Exception exception) when (StartupFailure.Describe(module, exception) is { } message)
        {
            await Console.Error.WriteLineAsync($"{module.ServiceName} failed to start: {message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// Builds the configured application with its endpoints mapped, without starting it (tests call
    /// <c>StartAsync</c> themselves). The migrations are applied by a hosted service while the host
    /// starts, before Kestrel listens: <c>StartAsync</c> throws <see cref="MigrationException"/> when they fail.
    /// </summary>
    /// <param name="args">The command line (configuration overrides such as <c>--urls</c>).</param>
    /// <param name="module">The subgraph.</param>
    /// <param name="configure">Runs last on the builder: tests override configuration and services here.</param>
    /// <returns>The application, not started.</returns>
    /// <exception cref="SubgraphConfigurationException">The connection string is missing. (The settings only
    /// serving needs, <c>Trust:GatewayKey</c> and <c>ConnectionStrings:audit</c>, are checked by <c>StartAsync</c>.)</exception>
    public static WebApplication Build(string[] args, SubgraphModule module, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = module.Assembly.GetName().Name,
        });
        builder.Services.AddSingleton(module);
        builder.AddSubgraphLogging();
        builder.AddSubgraphTelemetry(module);
        builder.Services.AddSubgraphDataSource(module);
        // Before the migrations: a missing key or setting fails the start before anything is touched.
        builder.Services.AddSubgraphAccess(module, builder.Configuration);
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.Services.AddSubgraphGraphQL(module, builder.Configuration);
        builder.Services.AddSubgraphHealth();
        // Before the module, whose TryAdd of the system clock then leaves the shifted one in place.
        builder.Services.AddSubgraphClock(builder.Configuration);
        module.ConfigureServices(builder.Services, builder.Configuration);
        configure?.Invoke(builder);
        // Fail before anything starts, naming the key, rather than on the first query.
        SubgraphDataSource.GetConnectionString(builder.Configuration, module);

        var app = builder.Build();
        app.MapSubgraphHealth();
        app.MapGraphQLEndpoint();
        app.Lifetime.ApplicationStarted.Register(() => LogListening(app, module));
        return app;
    }

    private static void LogListening(WebApplication app, SubgraphModule module)
    {
        var logger = app.Logger;
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var addresses = string.Join(", ", app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        LogStarted(logger, module.Name, module.ServiceName, addresses);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subgraph {Subgraph} ({ServiceName}) is serving /graphql on {Addresses}")]
    private static partial void LogStarted(ILogger logger, string subgraph, string serviceName, string addresses);
}
