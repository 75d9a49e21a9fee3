
namespace Fascicolo.Gateway.Execution.Transport;

/// <summary>Settings of the HTTP clients the gateway uses to call subgraphs.</summary>
public sealed class SubgraphClientOptions
{
    /// <summary>How long one subgraph request may take before it fails (reason <c>SUBGRAPH_TIMEOUT</c>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections per subgraph; keep-alive connections are reused.</summary>
    public int MaxConnectionsPerSubgraph { get; set; } = 256;

    /// <summary>
    /// Share one subgraph call among identical queries in flight at the same moment (as Hive Gateway
    /// does by default). Mutations are never shared.
    /// </summary>
    public bool DeduplicateInflightQueries { get; set; } = true;

    /// <summary>The HTTP version requested (lower versions are accepted).</summary>
    public Version HttpVersion { get; set; } = System.Net.HttpVersion.Version11;
}
