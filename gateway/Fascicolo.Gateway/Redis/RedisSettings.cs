using Fascicolo.Gateway.Hosting;
using StackExchange.Redis;

namespace Fascicolo.Gateway.Redis;

/// <summary>
/// The Redis the gateway shares with its other replicas (section <c>Redis</c>): <c>Redis:Configuration</c>
/// is a StackExchange.Redis configuration string (e.g. <c>127.0.0.1:6379,password=…</c>); without it the
/// gateway keeps trusted documents and rate-limit counters in its own memory, which serves one node.
/// </summary>
/// <param name="Configuration">The configuration string; null when Redis is not configured.</param>
/// <param name="KeyPrefix">Put before every key (<c>Redis:KeyPrefix</c>, default <c>fascicolo:</c>), so several hubs can share one Redis.</param>
internal sealed record RedisSettings(string? Configuration, string KeyPrefix)
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>Whether a Redis is configured.</summary>
    public bool IsConfigured => Configuration is not null;

    /// <summary>Reads the section.</summary>
    /// <exception cref="GatewayStartupException">The configuration string cannot be parsed.</exception>
    public static RedisSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var text = section["Configuration"] is { Length: > 0 } value ? value.Trim() : null;
        if (text is not null)
        {
            try
            {
                ConfigurationOptions.Parse(text);
            }
            catch (ArgumentException exception)
            {
                throw new GatewayStartupException($"Redis:Configuration is not a valid StackExchange.Redis configuration: {exception.Message}", exception);
            }
        }

        return new RedisSettings(text, section["KeyPrefix"] is { Length: > 0 } prefix ? prefix : "fascicolo:");
    }
}
