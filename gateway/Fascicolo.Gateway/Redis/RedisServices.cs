namespace Fascicolo.Gateway.Redis;

/// <summary>Registers the connection to Redis when one is configured.</summary>
internal static class RedisServices
{
    /// <summary>Reads <c>Redis:*</c> and registers <see cref="GatewayRedis"/> when configured; returns the settings.</summary>
    /// <exception cref="Hosting.GatewayStartupException">The configuration string is malformed.</exception>
    public static RedisSettings AddGatewayRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RedisSettings.Read(configuration);
        if (settings.IsConfigured)
        {
            // Created by the container on first use, and disposed with it.
            services.AddSingleton(settings);
            services.AddSingleton<GatewayRedis>();
        }

        return settings;
    }
}
