using System.Globalization;
using System.Text.Json.Nodes;
using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Testing;
using GuildComposer = Fascicolo.Gateway.Benchmarks.Lab.SupergraphComposer;
using OurComposer = Fascicolo.Gateway.Composition.SupergraphComposer;

namespace Fascicolo.Gateway.Federation.Tests.Support;

/// <summary>
/// One pattern suite, started once for its test class: its subgraphs (one Node process), the
/// supergraph composed by <c>@theguild/federation-composition</c> and the one composed by ours, Hive
/// Gateway and Apollo Gateway over the first, and our gateway over each. Everything is stopped by pid.
/// </summary>
/// <param name="suite">The folder of the suite under <c>tests/node/federation-suites</c>.</param>
public abstract class SuiteFixture(string suite) : IAsyncLifetime, IAsyncDisposable
{
    private readonly ProcessGroup _group = new();
    private readonly SemaphoreSlim _oneCaseAtATime = new(1, 1);
    private SuiteServer? _server;

    /// <summary>The suite's name.</summary>
    public string Suite { get; } = suite;

    /// <summary>Where the supergraphs and logs of this run are.</summary>
    public string Directory { get; } = Path.Combine(RepositoryRoot.Find(), ".data", "federation", RunId, suite);

    /// <summary>Our composer's errors for the suite's subgraphs (empty when it composed).</summary>
    public IReadOnlyList<string> OurCompositionErrors { get; private set; } = [];

    /// <summary>The gateways by role: <c>hive</c>, <c>apollo</c>, <c>ours</c> (guild supergraph), <c>ours-own</c> (our supergraph, when it composed).</summary>
    public IReadOnlyDictionary<string, GatewayProcess> Gateways { get; private set; } = new Dictionary<string, GatewayProcess>();

    /// <summary>Why a gateway is missing, for failure messages.</summary>
    public string? StartProblem { get; private set; }

    private static string RunId { get; } = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    private SuiteServer Server => _server ?? throw new InvalidOperationException("The suite's subgraphs did not start.");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var token = timeout.Token;
        var logs = Path.Combine(Directory, "logs");
        _server = _group.Add(await SuiteServer.StartAsync(Suite, logs, token));
        var guildSupergraph = Path.Combine(Directory, "supergraph.graphql");
        await GuildComposer.ComposeAsync(_server.Subgraphs, guildSupergraph, token);
        var ownSupergraph = await ComposeWithOursAsync(Path.ChangeExtension(guildSupergraph, ".subgraphs.json"), token);

        // Hive's de-duplication of identical in-flight requests would hide requests its plan makes.
        var options = new GatewayOptions { HiveDeduplication = false };
        var starts = new Dictionary<string, Task<GatewayProcess>>(StringComparer.Ordinal)
        {
            ["hive"] = GatewayProcess.StartAsync(GatewayKind.Hive, guildSupergraph, logs, options, token),
            ["apollo"] = GatewayProcess.StartAsync(GatewayKind.Apollo, guildSupergraph, logs, options, token),
            ["ours"] = GatewayProcess.StartAsync(GatewayKind.Ours, guildSupergraph, logs, options, token),
        };
        if (ownSupergraph is not null)
        {
            starts["ours-own"] = GatewayProcess.StartAsync(GatewayKind.Ours, ownSupergraph, Path.Combine(logs, "own-supergraph"), options, token);
        }
        var gateways = new Dictionary<string, GatewayProcess>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (role, start) in starts)
        {
            try
            {
                gateways[role] = _group.Add(await start);
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{role} did not start: {e.Message}");
            }
        }
        Gateways = gateways;
        StartProblem = problems.Count == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>Sends <paramref name="case"/> through the gateway <paramref name="role"/> and counts the subgraph requests it made.</summary>
    /// <param name="role">A key of <see cref="Gateways"/>.</param>
    /// <param name="case">The operation.</param>
    /// <returns>The response and the requests.</returns>
    public async Task<(GraphQLResponse Response, SubgraphRequests Requests)> SendAsync(string role, SuiteCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Assert.True(Gateways.ContainsKey(role), StartProblem ?? $"No gateway {role}.");
        // The counts are the server's, for all gateways together: one operation at a time.
        await _oneCaseAtATime.WaitAsync();
        try
        {
            await Server.ResetRequestsAsync(CancellationToken.None);
            var response = await GraphQLClient.PostAsync(Gateways[role].Endpoint, GraphQLClient.Body(@case.Query, @case.Variables), CancellationToken.None);
            return (response, await Server.RequestsAsync(CancellationToken.None));
        }
        finally
        {
            _oneCaseAtATime.Release();
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await _group.DisposeAsync();
        _oneCaseAtATime.Dispose();
    }

    /// <inheritdoc/>
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Composes the SDLs the guild composer was given with ours; null (and the errors kept) when it fails.</summary>
    private async Task<string?> ComposeWithOursAsync(string subgraphsJson, CancellationToken cancellationToken)
    {
        var input = JsonNode.Parse(await File.ReadAllTextAsync(subgraphsJson, cancellationToken))!.AsArray();
        var sources = input.Select(s => new Composition.SubgraphSource(s!["name"]!.GetValue<string>(), s["sdl"]!.GetValue<string>(), new Uri(s["url"]!.GetValue<string>())));
        var result = OurComposer.Compose(sources);
        if (!result.IsSuccess)
        {
            OurCompositionErrors = [.. result.Errors.Select(e => e.ToString())];
            return null;
        }
        var path = Path.Combine(Directory, "supergraph.ours.graphql");
        await File.WriteAllTextAsync(path, Composition.SupergraphPrinter.Print(result.Supergraph!), cancellationToken);
        return path;
    }
}
