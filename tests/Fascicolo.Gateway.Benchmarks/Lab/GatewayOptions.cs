namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>How the lab starts the gateways.</summary>
public sealed record GatewayOptions
{
    /// <summary>
    /// Hive Gateway workers (<c>--fork</c>); null keeps its CLI default, one process outside
    /// <c>NODE_ENV=production</c>. Apollo's gateway has no such option: it is always one process.
    /// </summary>
    public int? HiveWorkers { get; init; }

    /// <summary>
    /// Whether Hive Gateway shares identical subgraph requests in flight at the same time (its
    /// default, on). Under constant load with one query, most subgraph calls then coincide and are
    /// made once; off, it makes one subgraph call per fetch, as our gateway and Apollo's do.
    /// </summary>
    public bool HiveDeduplication { get; init; } = true;

    /// <summary>Extra environment of our gateway (e.g. a token issuer to accept); the peers have no such settings.</summary>
    public IReadOnlyDictionary<string, string> OursEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a gateway may take to answer its first request.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
