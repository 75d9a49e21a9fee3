using System.Globalization;
using System.Text.Json.Nodes;
using Fascicolo.Gateway.Benchmarks.Graphs;
using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Gateway.Benchmarks.Load;
using Fascicolo.Gateway.Benchmarks.Reporting;

namespace Fascicolo.Gateway.Benchmarks;

/// <summary>
/// One benchmark invocation: for each graph, start its subgraphs, compose one supergraph, start the
/// gateways side by side over it, check that each answers each query with the same data and no
/// errors, then load each gateway in turn (warm-up, then measurement) with the same settings.
/// </summary>
internal static class BenchmarkRun
{
    private static readonly GatewayKind[] Order = [GatewayKind.Ours, GatewayKind.Hive, GatewayKind.Apollo];

    private static readonly string[] GraphOrder = ["benchmark", "fascicolo"];

    /// <summary>Runs the benchmark; returns the report (also printed and written to the artifacts folder).</summary>
    public static async Task<BenchmarkReport> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var notes = new List<string>();
        var measurements = new List<Measurement>();
        Directory.CreateDirectory(options.Artifacts);
        Console.WriteLine($"Gateway benchmark → {options.Artifacts}");
        Console.WriteLine($"  machine: {MachineInfo.Describe()}, load average {MachineInfo.LoadAverage():0.00}");
        await Wrk.EnsureInstalledAsync(cancellationToken).ConfigureAwait(false);
        Console.WriteLine("  installing the Node gateways (npm ci in tests/node) when needed ...");
        await LabPaths.NodeToolsAsync(cancellationToken).ConfigureAwait(false);

        var kinds = Order.Where(k => options.Gateways.Contains(GatewayProcess.NameOf(k))).ToList();
        if (kinds.Contains(GatewayKind.Ours))
        {
            Console.WriteLine($"  building our gateway ({LabPaths.Configuration}) ...");
            if (await LabPaths.BuildGatewayAsync(cancellationToken).ConfigureAwait(false) is { } failure)
            {
                kinds.Remove(GatewayKind.Ours);
                notes.Add("Our gateway was not measured: it does not build yet.");
                Console.WriteLine($"  our gateway does not build; measuring the peers only:\n{failure}");
            }
        }
        var gatewayOptions = new GatewayOptions { HiveWorkers = options.HiveWorkers, HiveDeduplication = options.HiveDeduplication };
        foreach (var graphName in GraphOrder.Where(options.Graphs.Contains))
        {
            var directory = Path.Combine(options.Artifacts, graphName);
            var logs = Path.Combine(directory, "logs");
            Directory.CreateDirectory(logs);
            await using var group = new ProcessGroup();
            Console.WriteLine($"== graph '{graphName}': starting subgraphs ...");
            var graph = graphName == "benchmark"
                ? await BenchmarkGraphSetup.StartAsync(group, logs, cancellationToken).ConfigureAwait(false)
                : await FascicoloGraphSetup.StartAsync(group, options, directory, cancellationToken).ConfigureAwait(false);
            notes.AddRange(graph.Notes.Select(n => $"{graphName}: {n}"));
            var caller = await CallerOfAsync(graphName, kinds, options, directory, notes, cancellationToken).ConfigureAwait(false);
            var supergraph = Path.Combine(directory, "supergraph.graphql");
            await SupergraphComposer.ComposeAsync(graph.Subgraphs.Select(s => (s.Name, s.Endpoint)), supergraph, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"  composed {supergraph}");
            var gateways = new List<GatewayProcess>();
            foreach (var kind in kinds)
            {
                Console.WriteLine($"  starting {GatewayProcess.NameOf(kind)} ...");
                gateways.Add(group.Add(await GatewayProcess.StartAsync(kind, supergraph, logs, gatewayOptions with { OursEnvironment = caller.OursEnvironment.Concat(graph.OursEnvironment).ToDictionary() }, cancellationToken).ConfigureAwait(false)));
            }
            foreach (var query in graph.Queries)
            {
                var bodyPath = Path.Combine(directory, query.Name + ".json");
                await File.WriteAllTextAsync(bodyPath, query.RequestBody, cancellationToken).ConfigureAwait(false);
                notes.AddRange(await CheckAnswersAsync(graphName, query, caller, gateways, cancellationToken).ConfigureAwait(false));
                for (var round = 1; round <= options.Rounds; round++)
                {
                    foreach (var gateway in gateways)
                    {
                        measurements.Add(await MeasureAsync(graphName, query, caller, gateway, graph, bodyPath, options, round, cancellationToken).ConfigureAwait(false));
                    }
                }
            }
            Console.WriteLine($"  stopping graph '{graphName}' ...");
        }

        var settings = string.Create(CultureInfo.InvariantCulture, $"{options.Connections} connections (one request in flight each), {options.Duration.TotalSeconds:0} s measured after {options.Warmup.TotalSeconds:0} s of warm-up per gateway, query and round, {options.Rounds} round(s) with the gateways taking turns (the table gives the medians), wrk with {options.Threads} thread(s); Hive Gateway {(options.HiveWorkers is { } w ? $"--fork {w}" : "as its CLI starts by default (one process)")}, its in-flight subgraph request de-duplication {(options.HiveDeduplication ? "on (its default)" : "off")}");
        var report = new BenchmarkReport(startedAt, settings, MachineInfo.Describe(), measurements, notes);
        await report.WriteAsync(options.Artifacts, cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// Who the requests of <paramref name="graphName"/> are sent as. Our graph holds personal data, which our
    /// gateway refuses to anonymous callers: its requests go as a service client with a purpose, the same
    /// caller the subgraphs' signing proxies name (a note says so). Without our gateway, anonymous will do.
    /// </summary>
    private static async Task<BenchmarkCaller> CallerOfAsync(string graphName, List<GatewayKind> kinds, BenchmarkOptions options, string directory, List<string> notes, CancellationToken cancellationToken)
    {
        if (graphName != "fascicolo" || !kinds.Contains(GatewayKind.Ours))
        {
            return BenchmarkCaller.Anonymous;
        }
        notes.Add($"{graphName}: every gateway is sent the same service token of our gateway's development issuer and Fascicolo-Purpose: {BenchmarkCaller.Purpose} (ours validates them, since it refuses personal data to anonymous callers; the peers ignore them). The subgraphs require an internal token on every request and write the access log; the peers, which cannot sign, reach each subgraph through a signing proxy in the benchmark's process that signs each request for that service" + (options.OursSigns
            ? "; ours signs its own requests (Trust:SigningKeyFile, with the key the subgraphs trust) and calls them directly, as it is deployed."
            : ", and so does ours (--ours-signs off, the default)."));
        return await BenchmarkCaller.ServiceAsync(directory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the query once to every gateway: each must answer 200 with data and no errors, and all
    /// with the same data, or the load would measure different work. Differences become notes.
    /// </summary>
    private static async Task<List<string>> CheckAnswersAsync(string graph, BenchmarkQuery query, BenchmarkCaller caller, List<GatewayProcess> gateways, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        JsonNode? reference = null;
        string? referenceName = null;
        foreach (var gateway in gateways)
        {
            var response = await GraphQLClient.PostAsync(gateway.Endpoint, query.RequestBody, caller.Headers, cancellationToken).ConfigureAwait(false);
            if (response.Status != 200 || response.HasErrors || response.Body?["data"] is not JsonObject data)
            {
                throw new InvalidOperationException($"{gateway.Name} did not answer {graph}/{query.Name} cleanly (HTTP {response.Status}): {response.Text[..Math.Min(1000, response.Text.Length)]}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {gateway.Name} answers {query.Name}: {response.Text.Length} characters, no errors"));
            if (reference is null)
            {
                (reference, referenceName) = (data, gateway.Name);
            }
            else if (!JsonNode.DeepEquals(reference, data))
            {
                notes.Add($"{graph}/{query.Name}: {gateway.Name}'s data differs from {referenceName}'s.");
                Console.WriteLine($"  WARNING: {gateway.Name}'s data differs from {referenceName}'s");
            }
        }
        return notes;
    }

    private static async Task<Measurement> MeasureAsync(string graph, BenchmarkQuery query, BenchmarkCaller caller, GatewayProcess gateway, RunningGraph subgraphs, string bodyPath, BenchmarkOptions options, int round, CancellationToken cancellationToken)
    {
        Console.Write($"  {graph}/{query.Name} on {gateway.Name}, round {round}/{options.Rounds}: warm-up {options.Warmup.TotalSeconds:0} s");
        await Wrk.RunAsync(gateway.Endpoint, bodyPath, caller.Headers, options.Connections, options.Threads, options.Warmup, cancellationToken).ConfigureAwait(false);
        var loadAverage = MachineInfo.LoadAverage();
        Console.Write($", measuring {options.Duration.TotalSeconds:0} s (load average {loadAverage:0.00}) ... ");
        var subgraphPids = subgraphs.Subgraphs.Select(s => s.Process.Id).ToList();
        var (gatewayCpu, subgraphCpu) = (ProcessCpu.Read([gateway.Process.Id]), ProcessCpu.Read(subgraphPids));
        var result = await Wrk.RunAsync(gateway.Endpoint, bodyPath, caller.Headers, options.Connections, options.Threads, options.Duration, cancellationToken).ConfigureAwait(false);
        var perRequest = (TimeSpan cpu) => result.Requests == 0 ? double.NaN : cpu.TotalMilliseconds / result.Requests;
        var gatewayMs = perRequest(ProcessCpu.Read([gateway.Process.Id]) - gatewayCpu);
        var subgraphsMs = perRequest(ProcessCpu.Read(subgraphPids) - subgraphCpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.RequestsPerSecond:0} req/s, p50 {result.P50Ms:0.0} ms, p95 {result.P95Ms:0.0} ms, p99 {result.P99Ms:0.0} ms, CPU/request: gateway {gatewayMs:0.00} ms, subgraphs {subgraphsMs:0.00} ms{(result.IsClean ? "" : $", NOT CLEAN: {result.Non2xx} non-2xx, {result.GraphQLErrors} with errors, {result.SocketErrors} socket errors")}"));
        if (result.BadSample.Length > 0)
        {
            Console.WriteLine($"    first bad answer: {result.BadSample}");
        }
        return new Measurement(graph, query.Name, gateway.Name, result, loadAverage, gatewayMs, subgraphsMs, round);
    }
}
