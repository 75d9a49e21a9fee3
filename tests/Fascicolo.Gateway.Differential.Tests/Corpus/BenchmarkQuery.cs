namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>The benchmark's own query (<c>Queries/benchmark-graph.graphql</c> of the benchmark project), copied beside the tests.</summary>
internal static class BenchmarkQuery
{
    /// <summary>The document.</summary>
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Queries", "benchmark-graph.graphql"));
}
