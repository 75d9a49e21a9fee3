using Fascicolo.Gateway.Redis;
using StackExchange.Redis;

namespace Fascicolo.Gateway.RateLimiting;

/// <summary>
/// Fixed windows in Redis, shared by every gateway replica: one Lua script increments the key's counter
/// and, for the first request of a window, sets it to expire when the window closes. The script runs
/// atomically, so two replicas can never both open a window or lose a count.
/// </summary>
internal sealed class RedisRateLimitStore(GatewayRedis redis) : IRateLimitStore
{
    // A counter without an expiry (PTTL -1: its EXPIRE was lost, e.g. to a failover) gets one again,
    // so a key can never stay limited for ever.
    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    public async ValueTask<RateLimitCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(
            Script,
            [redis.Key("rate:" + key)],
            [(long)window.TotalMilliseconds]).ConfigureAwait(false))!;
        return new RateLimitCount((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
    }
}
