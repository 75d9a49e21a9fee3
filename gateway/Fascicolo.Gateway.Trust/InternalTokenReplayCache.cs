using System.Collections.Concurrent;

namespace Fascicolo.Gateway.Trust;

/// <summary>
/// The token ids a subgraph replica has accepted and that have not expired yet: a second use of one is
/// a replay. One node's memory is enough because the body hash already pins a token to one request and
/// tokens live 60 seconds; replicas behind a load balancer each refuse replays they see.
/// </summary>
public sealed class InternalTokenReplayCache(TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, DateTime> _used = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _uses;

    /// <summary>Records <paramref name="tokenId"/> as used until <paramref name="expiresUtc"/>.</summary>
    /// <returns>False when it was already used.</returns>
    public bool TryUse(string tokenId, DateTime expiresUtc)
    {
        // Sweep now and then rather than on a timer: no background work, bounded by the token lifetime.
        if (Interlocked.Increment(ref _uses) % 1024 == 0)
        {
            var now = _time.GetUtcNow().UtcDateTime;
            foreach (var (id, expires) in _used)
            {
                if (expires < now - TimeSpan.FromMinutes(1))
                {
                    _used.TryRemove(id, out _);
                }
            }
        }

        return _used.TryAdd(tokenId, expiresUtc);
    }
}
