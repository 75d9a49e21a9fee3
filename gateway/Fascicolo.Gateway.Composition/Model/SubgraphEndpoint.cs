namespace Fascicolo.Gateway.Composition;

/// <summary>One subgraph of a supergraph: where the gateway sends the fetches for it.</summary>
/// <param name="Name">The subgraph name as given at composition (e.g. <c>accounts</c>); the key of every per-subgraph lookup of the model.</param>
/// <param name="GraphEnumValue">The subgraph's value in the supergraph's <c>join__Graph</c> enum (e.g. <c>ACCOUNTS</c>).</param>
/// <param name="Url">The subgraph's GraphQL endpoint, or <see langword="null"/> when the supergraph left it empty.</param>
public sealed record SubgraphEndpoint(string Name, string GraphEnumValue, Uri? Url);
