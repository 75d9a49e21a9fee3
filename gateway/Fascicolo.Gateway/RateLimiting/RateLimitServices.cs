using Fascicolo.Gateway.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Gateway.RateLimiting;

/// <summary>Registers the per-subject rate limiter and its store (Redis or memory).</summary>
internal static class RateLimitServices
{
    /// <exception cref="Hosting.GatewayStartupException">A setting is malformed.</exception>
    public static IServiceCollection AddSubjectRateLimiting(this IServiceCollection services, IConfiguration configuration, RedisSettings redis)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(RateLimitSettings.Read(configuration));
        if (redis.IsConfigured)
        {
            services.AddSingleton<IRateLimitStore, RedisRateLimitStore>();
        }
        else
        {
            services.AddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
        }

        services.AddSingleton<SubjectRateLimiter>();
        return services;
    }
}
