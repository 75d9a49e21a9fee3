namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>The gateways the lab runs side by side.</summary>
public enum GatewayKind
{
    /// <summary>Our gateway, <c>gateway/Fascicolo.Gateway</c>.</summary>
    Ours,

    /// <summary><c>@graphql-hive/gateway</c> (Node), the reference of the differential tests and the benchmark's target.</summary>
    Hive,

    /// <summary><c>@apollo/gateway</c> on <c>@apollo/server</c> (Node).</summary>
    Apollo,
}
