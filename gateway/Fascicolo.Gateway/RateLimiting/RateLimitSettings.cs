using System.Globalization;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.RateLimiting;

/// <summary>
/// How many requests a caller may make per minute (section <c>Gateway:RateLimit</c>):
/// <c>PermitsPerMinute</c> for every role, <c>Roles:&lt;role&gt;</c> to override it for one. 0 means no limit,
/// which is the default: a limit suits a deployment, not the benchmarks and test suites that drive one
/// gateway from one address at thousands of requests a second (<c>./build.sh up</c> turns it on).
/// </summary>
internal sealed record RateLimitSettings
{
    /// <summary>The configuration section, under <c>Gateway</c>.</summary>
    public const string SectionName = "RateLimit";

    /// <summary>The window the permits are counted in.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Requests per minute for every role without an override; 0 for no limit.</summary>
    public int PermitsPerMinute { get; init; }

    /// <summary>Requests per minute by role (see <see cref="CallerRoles"/>).</summary>
    public IReadOnlyDictionary<string, int> Roles { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Whether any role is limited: false lets every request through without a look at the roles.</summary>
    public bool IsEnabled { get; private init; }

    /// <summary>The permits per minute of a role; 0 for no limit.</summary>
    public int PermitsFor(string role) => Roles.TryGetValue(role, out var permits) ? permits : PermitsPerMinute;

    /// <summary>Reads the section.</summary>
    /// <exception cref="GatewayStartupException">A value is not a whole number, 0 or more, or a key names no role.</exception>
    public static RateLimitSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GatewaySettings.SectionName).GetSection(SectionName);
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in section.GetSection("Roles").GetChildren())
        {
            var role = child.Key.ToLowerInvariant();
            if (!CallerRoles.IsKnown(role))
            {
                throw new GatewayStartupException($"Gateway:RateLimit:Roles:{child.Key} names no role.");
            }

            roles[role] = ReadPermits(child.Value, "Roles:" + child.Key) ?? 0;
        }

        var permits = ReadPermits(section["PermitsPerMinute"], "PermitsPerMinute") ?? 0;
        return new RateLimitSettings { PermitsPerMinute = permits, Roles = roles, IsEnabled = permits > 0 || roles.Values.Any(p => p > 0) };
    }

    private static int? ReadPermits(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new GatewayStartupException($"Gateway:RateLimit:{key} must be a whole number, 0 or more, not '{text}'.");
    }
}
