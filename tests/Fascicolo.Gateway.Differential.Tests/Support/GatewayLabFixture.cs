using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Differential.Tests.Support;

/// <summary>
/// The benchmark graph's four subgraphs (real processes), one supergraph composed from them, and the
/// three gateways over it: ours, Hive Gateway (the reference) and Apollo Gateway (the second
/// opinion on error details). Shared by the whole collection; everything is stopped by pid at the end.
/// </summary>
public sealed class GatewayLabFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly ProcessGroup _group = new();
    private readonly Dictionary<string, Subgraph> _subgraphs = new(StringComparer.Ordinal);
    private GatewayProcess? _hive;
    private GatewayProcess? _apollo;

    /// <summary>Where the supergraph and the logs of this run are.</summary>
    public string Directory { get; } = Path.Combine(RepositoryRoot.Find(), ".data", "differential", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Environment.ProcessId);

    /// <summary>Hive Gateway.</summary>
    public GatewayProcess Hive => _hive ?? throw new InvalidOperationException("Hive Gateway did not start.");

    /// <summary>Apollo Gateway.</summary>
    public GatewayProcess Apollo => _apollo ?? throw new InvalidOperationException("Apollo Gateway did not start.");

    /// <summary>Our gateway; null when it could not be started (see <see cref="OursProblem"/>).</summary>
    public GatewayProcess? Ours { get; private set; }

    /// <summary>Why our gateway is not running, when it is not.</summary>
    public string? OursProblem { get; private set; }

    /// <summary>The running subgraphs by name.</summary>
    public IReadOnlyDictionary<string, Subgraph> Subgraphs => _subgraphs;

    private string Logs => Path.Combine(Directory, "logs");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var token = timeout.Token;
        await LabPaths.NodeToolsAsync(token);
        foreach (var subgraph in await Task.WhenAll(Subgraph.BenchmarkNames.Select(name => Subgraph.StartBenchmarkAsync(name, 0, Logs, token))))
        {
            _subgraphs[subgraph.Name] = _group.Add(subgraph);
        }
        var supergraph = Path.Combine(Directory, "supergraph.graphql");
        await SupergraphComposer.ComposeAsync(_subgraphs.Values.Select(s => (s.Name, s.Endpoint)), supergraph, token);
        var options = new GatewayOptions();
        var hive = GatewayProcess.StartAsync(GatewayKind.Hive, supergraph, Logs, options, token);
        var apollo = GatewayProcess.StartAsync(GatewayKind.Apollo, supergraph, Logs, options, token);
        _hive = _group.Add(await hive);
        _apollo = _group.Add(await apollo);
        if (!LabPaths.GatewayExists)
        {
            // Not built here: ./build.sh test builds the solution first. A missing host fails every comparison.
            OursProblem = $"Our gateway is not built: {LabPaths.GatewayDll} does not exist.";
            return;
        }
        try
        {
            Ours = _group.Add(await GatewayProcess.StartAsync(GatewayKind.Ours, supergraph, Logs, options, token));
        }
        catch (InvalidOperationException e)
        {
            OursProblem = "Our gateway did not start: " + e.Message;
        }
    }

    /// <summary>Stops <paramref name="name"/> (connections to its port are then refused), runs <paramref name="action"/>, and starts it again on the same port.</summary>
    /// <param name="name">The subgraph.</param>
    /// <param name="action">What to do while it is down.</param>
    /// <returns>A task completing when the subgraph is back and every gateway reaches it again.</returns>
    public async Task WhileDownAsync(string name, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var subgraph = _subgraphs[name];
        _group.Remove(subgraph);
        await subgraph.DisposeAsync();
        try
        {
            await action();
        }
        finally
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var restarted = await Subgraph.StartBenchmarkAsync(name, subgraph.Endpoint.Port, Logs, timeout.Token);
            _subgraphs[name] = _group.Add(restarted);
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync() => await _group.DisposeAsync();

    /// <inheritdoc/>
    ValueTask IAsyncDisposable.DisposeAsync() => _group.DisposeAsync();
}

/// <summary>The collection sharing one <see cref="GatewayLabFixture"/>: its tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayLabDefinition : ICollectionFixture<GatewayLabFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "gateway lab";
}
