using Fascicolo.Gateway.Benchmarks.Load;

namespace Fascicolo.Gateway.Benchmarks.Reporting;

/// <summary>One gateway's result for one query of one graph.</summary>
/// <param name="Graph">The graph's name.</param>
/// <param name="Query">The query's name.</param>
/// <param name="Gateway">The gateway's name (<c>ours</c>, <c>hive</c>, <c>apollo</c>).</param>
/// <param name="Result">What the load generator measured.</param>
/// <param name="LoadAverage">The machine's one-minute load average just before the run (other work skews figures).</param>
/// <param name="GatewayCpuMsPerRequest">CPU time the gateway process (and its workers) used per completed request, in milliseconds.</param>
/// <param name="SubgraphsCpuMsPerRequest">CPU time all subgraph processes used per completed gateway request, in milliseconds.</param>
/// <param name="Round">Which round of the run (1 for the first): every round measures every gateway once, in turn.</param>
public sealed record Measurement(string Graph, string Query, string Gateway, LoadResult Result, double LoadAverage, double GatewayCpuMsPerRequest, double SubgraphsCpuMsPerRequest, int Round = 1);
