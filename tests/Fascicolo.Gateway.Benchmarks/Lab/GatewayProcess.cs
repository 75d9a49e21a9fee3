using System.Globalization;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>A running gateway: which one, where it serves GraphQL, and its process.</summary>
/// <param name="Kind">Which gateway.</param>
/// <param name="Endpoint">Its GraphQL endpoint (Apollo's standalone server serves at <c>/</c>).</param>
/// <param name="Process">Its process.</param>
public sealed record GatewayProcess(GatewayKind Kind, Uri Endpoint, ChildProcess Process) : IAsyncDisposable
{
    /// <summary>The name used in reports: <c>ours</c>, <c>hive</c>, <c>apollo</c>.</summary>
    public string Name => NameOf(Kind);

    /// <summary>The report name of <paramref name="kind"/>.</summary>
    /// <param name="kind">A gateway.</param>
    /// <returns><c>ours</c>, <c>hive</c> or <c>apollo</c>.</returns>
    public static string NameOf(GatewayKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Starts <paramref name="kind"/> over <paramref name="supergraphPath"/> on a free port and waits until it answers.</summary>
    /// <param name="kind">Which gateway.</param>
    /// <param name="supergraphPath">The supergraph file (with the subgraph URLs in it).</param>
    /// <param name="logDirectory">Where its log goes (<c>name.log</c>).</param>
    /// <param name="options">Start options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The ready gateway.</returns>
    public static async Task<GatewayProcess> StartAsync(GatewayKind kind, string supergraphPath, string logDirectory, GatewayOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var port = FreePort.Next();
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var supergraph = Path.GetFullPath(supergraphPath);
        var nodeDirectory = kind == GatewayKind.Ours ? "" : await LabPaths.NodeToolsAsync(cancellationToken).ConfigureAwait(false);
        var log = Path.Combine(logDirectory, NameOf(kind) + ".log");
        var (process, path) = kind switch
        {
            GatewayKind.Ours => (ChildProcess.Start(
                "ours",
                "dotnet",
                [LabPaths.GatewayDll, "--supergraph", supergraph, "--urls", $"http://127.0.0.1:{portText}"],
                LabPaths.RepositoryRoot,
                log,
                // Requests are not logged one by one under load: that would measure the console.
                new Dictionary<string, string>(options.OursEnvironment) { ["Logging__LogLevel__Default"] = "Warning", ["ASPNETCORE_ENVIRONMENT"] = "Production" }), "/graphql"),
            // Started directly, not through npx: killing npx would leave the gateway running.
            GatewayKind.Hive => (ChildProcess.Start(
                "hive",
                Path.Combine(nodeDirectory, "node_modules", ".bin", "hive-gateway"),
                ["supergraph", supergraph, "--host", "127.0.0.1", "--port", portText, "--config-path", Path.Combine(nodeDirectory, "hive-gateway.config.mjs"), .. HiveFork(options)],
                nodeDirectory,
                log,
                new Dictionary<string, string> { ["FASCICOLO_HIVE_DEDUPLICATE"] = options.HiveDeduplication ? "true" : "false" }), "/graphql"),
            GatewayKind.Apollo => (ChildProcess.Start("apollo", "node", ["apollo-gateway.mjs", supergraph, portText], nodeDirectory, log), "/"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown gateway."),
        };
        var gateway = new GatewayProcess(kind, new Uri($"http://127.0.0.1:{portText}{path}"), process);
        try
        {
            await GraphQLClient.WaitUntilReadyAsync(gateway.Endpoint, process, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            return gateway;
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the process.</summary>
    /// <returns>A task completing when it has exited.</returns>
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private static string[] HiveFork(GatewayOptions options) =>
        options.HiveWorkers is { } workers ? ["--fork", workers.ToString(CultureInfo.InvariantCulture)] : [];
}
