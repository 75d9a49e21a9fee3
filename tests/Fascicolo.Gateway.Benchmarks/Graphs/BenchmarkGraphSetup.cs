using Fascicolo.Gateway.Benchmarks.Lab;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>The benchmark graph: four in-memory subgraphs in the shape of the well-known gateway benchmark.</summary>
public static class BenchmarkGraphSetup
{
    /// <summary>Starts the four subgraphs (in parallel), adding them to <paramref name="group"/>.</summary>
    /// <param name="group">What the run stops at its end.</param>
    /// <param name="logDirectory">Where the subgraphs' logs go.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running graph and its query.</returns>
    public static async Task<RunningGraph> StartAsync(ProcessGroup group, string logDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var subgraphs = await Task.WhenAll(Subgraph.BenchmarkNames.Select(async name =>
            group.Add(await Subgraph.StartBenchmarkAsync(name, 0, logDirectory, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Queries", "benchmark-graph.graphql"), cancellationToken).ConfigureAwait(false);
        return new RunningGraph(
            "benchmark",
            "accounts, inventory, products, reviews (in memory)",
            subgraphs,
            [new BenchmarkQuery("nested-fragments", "users and top products with fragments nested four levels deep across all four subgraphs", GraphQLClient.Body(query, operationName: "TestQuery"))],
            []);
    }
}
