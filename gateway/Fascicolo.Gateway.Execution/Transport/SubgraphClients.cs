namespace Fascicolo.Gateway.Execution.Transport;

/// <summary>One <see cref="SubgraphClient"/> per subgraph, created once and shared by all requests.</summary>
public sealed class SubgraphClients : IDisposable
{
    private readonly Dictionary<string, SubgraphClient> _clients;

    /// <summary>Creates clients for the given subgraph URLs.</summary>
    public SubgraphClients(IEnumerable<KeyValuePair<string, Uri>> urls, SubgraphClientOptions options)
    {
        _clients = urls.ToDictionary(pair => pair.Key, pair => new SubgraphClient(pair.Key, pair.Value, options), StringComparer.Ordinal);
    }

    /// <summary>The client of subgraph <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No URL was configured for it.</exception>
    public SubgraphClient Get(string name) =>
        _clients.TryGetValue(name, out var client)
            ? client
            : throw new InvalidOperationException($"No URL is configured for subgraph '{name}'.");

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
