using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>The documents in this process's memory: the store when no Redis is configured (one node).</summary>
internal sealed class InMemoryTrustedDocumentStore(TimeProvider time) : ITrustedDocumentStore
{
    // Registered documents beyond this many are dropped oldest-expiry first: registration is open to any
    // allow-all client, and memory must not grow with what they send.
    private const int MaxRegistered = 10_000;

    private readonly ConcurrentDictionary<string, Registered> _registered = new(StringComparer.Ordinal);
    private volatile FrozenDictionary<string, FrozenDictionary<string, string>> _trusted = FrozenDictionary<string, FrozenDictionary<string, string>>.Empty;
    private volatile FrozenDictionary<string, string> _all = FrozenDictionary<string, string>.Empty;

    public ValueTask LoadAsync(TrustedDocumentManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        _trusted = manifest.Clients.ToFrozenDictionary(client => client.Key, client => client.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        _all = manifest.Clients.Values.SelectMany(documents => documents).DistinctBy(document => document.Key).ToFrozenDictionary(StringComparer.Ordinal);
        return ValueTask.CompletedTask;
    }

    public ValueTask<string?> FindTrustedAsync(string client, string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_trusted.TryGetValue(client, out var documents) ? documents.GetValueOrDefault(hash) : null);

    public ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (_all.TryGetValue(hash, out var text))
        {
            return ValueTask.FromResult<string?>(text);
        }

        if (_registered.TryGetValue(hash, out var registered))
        {
            if (registered.ExpiresAt > time.GetUtcNow())
            {
                return ValueTask.FromResult<string?>(registered.Text);
            }

            _registered.TryRemove(new KeyValuePair<string, Registered>(hash, registered));
        }

        return ValueTask.FromResult<string?>(null);
    }

    public ValueTask RegisterAsync(string hash, string text, TimeSpan ttl, CancellationToken cancellationToken)
    {
        if (_registered.Count >= MaxRegistered)
        {
            foreach (var stale in _registered.OrderBy(entry => entry.Value.ExpiresAt).Take(MaxRegistered / 10).ToList())
            {
                _registered.TryRemove(stale);
            }
        }

        _registered[hash] = new Registered(text, time.GetUtcNow() + ttl);
        return ValueTask.CompletedTask;
    }

    private sealed record Registered(string Text, DateTimeOffset ExpiresAt);
}
