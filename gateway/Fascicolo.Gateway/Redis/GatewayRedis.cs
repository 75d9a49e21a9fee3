using StackExchange.Redis;

namespace Fascicolo.Gateway.Redis;

/// <summary>
/// The gateway's one connection to Redis, shared by the trusted-document store and the rate limiter.
/// It connects in the background and reconnects by itself: a Redis that is down at start or goes away
/// later makes the operations that need it fail (each caller decides what that means), never the start-up.
/// </summary>
internal sealed class GatewayRedis : IDisposable
{
    private readonly ConnectionMultiplexer _connection;

    public GatewayRedis(RedisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = ConfigurationOptions.Parse(settings.Configuration ?? throw new ArgumentException("Redis is not configured.", nameof(settings)));
        options.AbortOnConnectFail = false;
        options.ClientName ??= "fascicolo-gateway";
        _connection = ConnectionMultiplexer.Connect(options);
        KeyPrefix = settings.KeyPrefix;
    }

    /// <summary>Put before every key.</summary>
    public string KeyPrefix { get; }

    /// <summary>The database to run commands on.</summary>
    public IDatabase Database => _connection.GetDatabase();

    /// <summary>A key with the prefix.</summary>
    public RedisKey Key(string name) => KeyPrefix + name;

    public void Dispose() => _connection.Dispose();
}
