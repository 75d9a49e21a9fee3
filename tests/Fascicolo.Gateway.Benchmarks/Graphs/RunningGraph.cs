using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>A graph whose subgraphs are running, with the queries to measure on it.</summary>
/// <param name="Name">A short name, e.g. <c>benchmark</c>.</param>
/// <param name="Title">What it is, for the report.</param>
/// <param name="Subgraphs">The running subgraphs, in composition order.</param>
/// <param name="Queries">The queries to measure.</param>
/// <param name="Notes">What the report must say about this graph (e.g. a query that cannot run yet).</param>
public sealed record RunningGraph(string Name, string Title, IReadOnlyList<Subgraph> Subgraphs, IReadOnlyList<BenchmarkQuery> Queries, IReadOnlyList<string> Notes)
{
    /// <summary>Settings our gateway gets for this graph only (e.g. where to call a subgraph directly, its signing key).</summary>
    public IReadOnlyDictionary<string, string> OursEnvironment { get; init; } = new Dictionary<string, string>();
}
