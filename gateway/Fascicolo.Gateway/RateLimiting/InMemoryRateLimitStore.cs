using System.Collections.Concurrent;

namespace Fascicolo.Gateway.RateLimiting;

/// <summary>Fixed windows in this process's memory: the store when no Redis is configured (one node).</summary>
internal sealed class InMemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    // Past this many keys, closed windows are swept out on the next request, so idle callers do not pile up.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public ValueTask<RateLimitCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_counters.Count > SweepThreshold)
        {
            Sweep(now);
        }

        var counter = _counters.GetOrAdd(key, static _ => new Counter());
        lock (counter)
        {
            if (now >= counter.ClosesAt)
            {
                counter.Count = 0;
                counter.ClosesAt = now + window;
            }

            counter.Count++;
            return ValueTask.FromResult(new RateLimitCount(counter.Count, counter.ClosesAt - now));
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
        {
            // A request racing with the sweep may recreate the key: it then starts a fresh window, as it would anyway.
            if (now >= counter.ClosesAt)
            {
                _counters.TryRemove(new KeyValuePair<string, Counter>(key, counter));
            }
        }
    }

    private sealed class Counter
    {
        public long Count;
        public DateTimeOffset ClosesAt = DateTimeOffset.MinValue;
    }
}
