namespace Fascicolo.Gateway.RateLimiting;

/// <summary>Counts requests per key in fixed windows: the first request of a key opens its window.</summary>
internal interface IRateLimitStore
{
    /// <summary>Counts one more request for <paramref name="key"/> and returns the count in its current window.</summary>
    /// <param name="key">Whose requests (a role and subject, or an address).</param>
    /// <param name="window">How long a window lasts.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<RateLimitCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken);
}

/// <summary>The requests counted in a key's current window, and the time until the window closes.</summary>
internal readonly record struct RateLimitCount(long Count, TimeSpan ResetsIn);
