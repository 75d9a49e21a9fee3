namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// The runtime currently serving requests; null until a supergraph is loaded (<c>/health/ready</c>
/// answers 503 until then). A singleton: disposing it releases the runtime's subgraph connections.
/// </summary>
internal sealed class GatewayState : IDisposable
{
    private volatile GatewayRuntime? _runtime;

    /// <summary>The current runtime, or null when no supergraph is loaded.</summary>
    public GatewayRuntime? Runtime => _runtime;

    /// <summary>Serves <paramref name="runtime"/> from now on.</summary>
    /// <exception cref="InvalidOperationException">
    /// A runtime is loaded already: replacing one needs draining the requests in flight on it (their
    /// subgraph connections close with it), which is not built yet.
    /// </exception>
    public void Load(GatewayRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (Interlocked.CompareExchange(ref _runtime, runtime, null) is not null)
        {
            throw new InvalidOperationException("A supergraph is loaded already.");
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _runtime, null)?.Dispose();
}
