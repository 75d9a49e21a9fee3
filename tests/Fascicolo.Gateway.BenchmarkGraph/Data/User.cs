namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>A user as the accounts subgraph stores it.</summary>
/// <param name="Id">The key.</param>
/// <param name="Name">The full name.</param>
/// <param name="Username">The handle, e.g. <c>@ada</c>; the reviews subgraph keeps a copy it can provide.</param>
/// <param name="Birthday">The birth date, ISO 8601.</param>
internal sealed record User(string Id, string Name, string Username, string Birthday);
