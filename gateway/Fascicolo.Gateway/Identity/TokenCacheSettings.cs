using System.Globalization;
using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Identity;

/// <summary>How long validated bearer tokens are kept (<c>Identity:TokenCache:*</c>; see <see cref="ValidatedTokens"/>).</summary>
/// <param name="Lifetime">The longest a token is kept after its validation (<c>Seconds</c>, default 300; 0 turns the cache off).</param>
/// <param name="Entries">How many tokens are kept at most (<c>Entries</c>, default 10,000).</param>
internal sealed record TokenCacheSettings(TimeSpan Lifetime, int Entries)
{
    /// <summary>The defaults: five minutes, ten thousand tokens.</summary>
    public static TokenCacheSettings Default { get; } = new(TimeSpan.FromMinutes(5), 10_000);

    /// <summary>False when <see cref="Lifetime"/> is zero: every request's token is validated.</summary>
    public bool Enabled => Lifetime > TimeSpan.Zero && Entries > 0;

    /// <exception cref="GatewayStartupException">A value is not a whole number in range.</exception>
    public static TokenCacheSettings Read(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var seconds = Number(section, "Seconds", (int)Default.Lifetime.TotalSeconds, max: 3600);
        var entries = Number(section, "Entries", Default.Entries, max: 1_000_000);
        return new TokenCacheSettings(TimeSpan.FromSeconds(seconds), entries);
    }

    private static int Number(IConfigurationSection section, string key, int fallback, int max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= max
            ? value
            : throw new GatewayStartupException($"{section.Path}:{key} must be a whole number from 0 to {max}, not '{text}'.");
    }
}
