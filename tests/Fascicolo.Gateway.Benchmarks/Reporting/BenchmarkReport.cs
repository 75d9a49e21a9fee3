using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fascicolo.Gateway.Benchmarks.Reporting;

/// <summary>The whole run: settings, machine, measurements and notes; printed, and written as Markdown and JSON.</summary>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Settings">The load settings, e.g. "32 connections, 30 s (+5 s warm-up) per gateway and query, wrk 1 thread".</param>
/// <param name="Machine">The machine: cores, CPU, runtimes.</param>
/// <param name="Measurements">Every measurement, in run order (each gateway once per round).</param>
/// <param name="Notes">What the figures need said next to them.</param>
public sealed record BenchmarkReport(DateTimeOffset StartedAt, string Settings, string Machine, IReadOnlyList<Measurement> Measurements, IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Each gateway's rounds on each query, summarised by their medians.</summary>
    public IReadOnlyList<GatewaySummary> Summaries => GatewaySummary.Of(Measurements);

    /// <summary>Our median requests/s divided by <paramref name="peer"/>'s for the same graph and query; null when either is missing.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="query">The query.</param>
    /// <param name="peer">The peer gateway's name.</param>
    /// <returns>The ratio.</returns>
    public double? Ratio(string graph, string query, string peer)
    {
        var ours = Find(graph, query, "ours");
        var other = Find(graph, query, peer);
        return ours is null || other is null || other.RequestsPerSecond == 0 ? null : ours.RequestsPerSecond / other.RequestsPerSecond;
    }

    /// <summary>The peer's median gateway CPU time per request divided by ours: how many times less CPU ours spends on the same request.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="query">The query.</param>
    /// <param name="peer">The peer gateway's name.</param>
    /// <returns>The ratio; null when either is missing or unmeasured.</returns>
    public double? CpuRatio(string graph, string query, string peer)
    {
        var ours = Find(graph, query, "ours")?.GatewayCpuMsPerRequest;
        var other = Find(graph, query, peer)?.GatewayCpuMsPerRequest;
        return ours is > 0 && other is > 0 ? other / ours : null;
    }

    /// <summary>The Markdown table of the results (also what is printed).</summary>
    /// <returns>The table.</returns>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| graph | query | gateway | requests/s (median) | requests/s by round | p50 ms | p95 ms | p99 ms | non-2xx | with errors | ours ÷ this (req/s) | gateway CPU ms/req | subgraphs CPU ms/req | this ÷ ours (CPU/req) | load avg |");
        text.AppendLine("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var m in Summaries)
        {
            var ratio = m.Gateway == "ours" ? "" : Ratio(m.Graph, m.Query, m.Gateway) is { } x ? F($"{x:0.00}×") : "n/a";
            var cpuRatio = m.Gateway == "ours" ? "" : CpuRatio(m.Graph, m.Query, m.Gateway) is { } c ? F($"{c:0.00}×") : "n/a";
            var rounds = string.Join(" / ", m.Rounds.Select(r => F($"{r.Result.RequestsPerSecond:0}")));
            var load = F($"{m.Rounds.Min(r => r.LoadAverage):0.0}–{m.Rounds.Max(r => r.LoadAverage):0.0}");
            text.AppendLine(F($"| {m.Graph} | {m.Query} | {m.Gateway} | {m.RequestsPerSecond:0} | {rounds} | {m.P50Ms:0.0} | {m.P95Ms:0.0} | {m.P99Ms:0.0} | {m.Non2xx} | {m.Errors} | {ratio} | {m.GatewayCpuMsPerRequest:0.000} | {m.SubgraphsCpuMsPerRequest:0.000} | {cpuRatio} | {load} |"));
        }
        return text.ToString();
    }

    /// <summary>The full Markdown report.</summary>
    /// <returns>The report.</returns>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(F($"# Gateway benchmark, {StartedAt:yyyy-MM-dd HH:mm} UTC"));
        text.AppendLine();
        text.AppendLine(F($"- load: {Settings}"));
        text.AppendLine(F($"- machine: {Machine}"));
        text.AppendLine();
        text.Append(Table());
        var notes = Notes.Concat(Measurements.Where(m => m.Result.BadSample.Length > 0)
            .Select(m => F($"{m.Graph}/{m.Query} on {m.Gateway}, first bad answer: `{m.Result.BadSample.ReplaceLineEndings(" ")}`"))).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine();
            foreach (var note in notes)
            {
                text.AppendLine(F($"- {note}"));
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <c>results.md</c> and <c>results.json</c> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The artifacts folder.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>A task completing when both are written.</returns>
    public async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "results.md"), Markdown(), cancellationToken).ConfigureAwait(false);
        var json = new
        {
            startedAt = StartedAt,
            settings = Settings,
            machine = Machine,
            measurements = Measurements.Select(m => new
            {
                m.Graph,
                m.Query,
                m.Gateway,
                requestsPerSecond = Math.Round(m.Result.RequestsPerSecond, 1),
                latencyMs = new { p50 = m.Result.P50Ms, p95 = m.Result.P95Ms, p99 = m.Result.P99Ms },
                requests = m.Result.Requests,
                seconds = m.Result.Seconds,
                non2xx = m.Result.Non2xx,
                graphqlErrors = m.Result.GraphQLErrors,
                socketErrors = m.Result.SocketErrors,
                bytes = m.Result.Bytes,
                loadAverage = m.LoadAverage,
                badSample = m.Result.BadSample.Length > 0 ? m.Result.BadSample : null,
                gatewayCpuMsPerRequest = m.GatewayCpuMsPerRequest,
                subgraphsCpuMsPerRequest = m.SubgraphsCpuMsPerRequest,
                m.Round,
            }),
            medians = Summaries.Select(m => new
            {
                m.Graph,
                m.Query,
                m.Gateway,
                requestsPerSecond = Math.Round(m.RequestsPerSecond, 1),
                latencyMs = new { p50 = m.P50Ms, p95 = m.P95Ms, p99 = m.P99Ms },
                gatewayCpuMsPerRequest = m.GatewayCpuMsPerRequest,
                subgraphsCpuMsPerRequest = m.SubgraphsCpuMsPerRequest,
                oursOverThis = m.Gateway == "ours" ? null : Ratio(m.Graph, m.Query, m.Gateway),
                thisCpuOverOurs = m.Gateway == "ours" ? null : CpuRatio(m.Graph, m.Query, m.Gateway),
            }),
            notes = Notes,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(json, Json), cancellationToken).ConfigureAwait(false);
    }

    private GatewaySummary? Find(string graph, string query, string gateway) =>
        Summaries.FirstOrDefault(m => m.Graph == graph && m.Query == query && m.Gateway == gateway);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
