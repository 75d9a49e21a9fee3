using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Graphs;

/// <summary>
/// What stands between the reference gateways (and ours, unless <c>--ours-signs on</c>) and each of the lab's
/// subgraphs: they cannot sign internal tokens, so this proxy (<see cref="SigningProxy"/>, in the benchmark's
/// own process) adds a fresh token to each request instead. The subgraph does the same work for every
/// gateway: it checks the token and appends every personal read to the access log.
/// </summary>
public static class SubgraphSigningProxy
{
    /// <summary>Starts the proxy in front of <paramref name="subgraph"/>, which must trust <see cref="TestGatewayKeys.PublicKeyPem"/>.</summary>
    /// <param name="subgraph">The subgraph's <c>/graphql</c> endpoint.</param>
    /// <param name="name">The subgraph's name: the audience of the tokens.</param>
    /// <returns>The started proxy; its <see cref="SigningProxy.Url"/> is what the gateways call.</returns>
    public static Task<SigningProxy> StartAsync(Uri subgraph, string name) =>
        // The benchmark's own caller (a service client with a purpose, which may read every resident's
        // personal data). A fresh request id for each request: the proxy cannot tell which client request
        // a subgraph request belongs to, so the access log has one request id per subgraph call.
        SigningProxy.StartAsync(subgraph, name, () => TestCallers.Service(BenchmarkCaller.Purpose, BenchmarkCaller.ClientId));
}
