namespace Fascicolo.Gateway.Benchmarks.Reporting;

/// <summary>One gateway's rounds on one query of one graph, summarised by their medians.</summary>
/// <param name="Graph">The graph's name.</param>
/// <param name="Query">The query's name.</param>
/// <param name="Gateway">The gateway's name.</param>
/// <param name="Rounds">Its measurements, in round order.</param>
public sealed record GatewaySummary(string Graph, string Query, string Gateway, IReadOnlyList<Measurement> Rounds)
{
    /// <summary>The median requests per second.</summary>
    public double RequestsPerSecond => Median(m => m.Result.RequestsPerSecond);

    /// <summary>The median p50 latency, ms.</summary>
    public double P50Ms => Median(m => m.Result.P50Ms);

    /// <summary>The median p95 latency, ms.</summary>
    public double P95Ms => Median(m => m.Result.P95Ms);

    /// <summary>The median p99 latency, ms.</summary>
    public double P99Ms => Median(m => m.Result.P99Ms);

    /// <summary>The median gateway CPU time per request, ms.</summary>
    public double GatewayCpuMsPerRequest => Median(m => m.GatewayCpuMsPerRequest);

    /// <summary>The median subgraphs' CPU time per gateway request, ms.</summary>
    public double SubgraphsCpuMsPerRequest => Median(m => m.SubgraphsCpuMsPerRequest);

    /// <summary>Non-2xx answers over all rounds.</summary>
    public long Non2xx => Rounds.Sum(m => m.Result.Non2xx);

    /// <summary>Answers with GraphQL errors, and socket errors, over all rounds.</summary>
    public long Errors => Rounds.Sum(m => m.Result.GraphQLErrors + m.Result.SocketErrors);

    /// <summary>Groups <paramref name="measurements"/> by graph, query and gateway, in the order they were first measured.</summary>
    /// <param name="measurements">Every measurement of a run.</param>
    /// <returns>The summaries.</returns>
    public static IReadOnlyList<GatewaySummary> Of(IEnumerable<Measurement> measurements) =>
        [.. measurements
            .GroupBy(m => (m.Graph, m.Query, m.Gateway))
            .Select(g => new GatewaySummary(g.Key.Graph, g.Key.Query, g.Key.Gateway, [.. g.OrderBy(m => m.Round)]))];

    private double Median(Func<Measurement, double> value)
    {
        var values = Rounds.Select(value).Where(v => !double.IsNaN(v)).Order().ToList();
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
