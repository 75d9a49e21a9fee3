namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>A query the benchmark measures.</summary>
/// <param name="Name">A short name for tables and files, e.g. <c>nested-fragments</c>.</param>
/// <param name="Title">What it exercises, for the report.</param>
/// <param name="RequestBody">The JSON request body sent, unchanged, to every gateway.</param>
public sealed record BenchmarkQuery(string Name, string Title, string RequestBody);
