using System.Globalization;
using Fascicolo.Gateway.Limits;

namespace Fascicolo.Gateway.Hosting;

/// <summary>
/// The gateway's settings, read from the configuration section <c>Gateway</c> (appsettings, environment
/// variables such as <c>Gateway__PlanCacheSize</c>, command-line <c>--Gateway:PlanCacheSize=…</c>, and
/// <c>--supergraph</c> for <c>Gateway:Supergraph</c>). Read by hand rather than bound, so that a wrong
/// value stops start-up with a message naming the setting.
/// </summary>
internal sealed record GatewaySettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>The supergraph used when <c>Gateway:Supergraph</c> is not set.</summary>
    public const string DefaultSupergraph = "schema/supergraph.graphql";

    /// <summary>The supergraph file; relative paths resolve against the current directory, then the repository root.</summary>
    public string Supergraph { get; init; } = DefaultSupergraph;

    /// <summary>Subgraph URL overrides by subgraph name (<c>Gateway:Subgraphs:&lt;name&gt;</c>).</summary>
    public IReadOnlyDictionary<string, Uri> SubgraphUrls { get; init; } = new Dictionary<string, Uri>();

    /// <summary>How long one subgraph request may take (<c>Gateway:SubgraphTimeout</c>, default 30 s).</summary>
    public TimeSpan SubgraphTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many query plans, and how many parsed and validated documents, are kept (<c>Gateway:PlanCacheSize</c>).</summary>
    public int PlanCacheSize { get; init; } = 1024;

    /// <summary>The largest accepted request body (<c>Gateway:MaxRequestBytes</c>, default 1 MiB).</summary>
    public int MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>The bounds on documents and operations (<c>Gateway:Limits:*</c>).</summary>
    public LimitSettings Limits { get; init; } = new();

    /// <summary>Reads the settings.</summary>
    /// <exception cref="GatewayStartupException">A value is malformed.</exception>
    public static GatewaySettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var defaults = new GatewaySettings();
        return new GatewaySettings
        {
            Supergraph = section["Supergraph"] is { Length: > 0 } file ? file : DefaultSupergraph,
            SubgraphUrls = ReadUrls(section.GetSection("Subgraphs")),
            SubgraphTimeout = ReadDuration(section, "SubgraphTimeout") ?? defaults.SubgraphTimeout,
            PlanCacheSize = ReadPositive(section, "PlanCacheSize") ?? defaults.PlanCacheSize,
            MaxRequestBytes = ReadPositive(section, "MaxRequestBytes") ?? defaults.MaxRequestBytes,
            Limits = LimitSettings.Read(section.GetSection(LimitSettings.SectionName)),
        };
    }

    private static Dictionary<string, Uri> ReadUrls(IConfigurationSection section)
    {
        // Configuration keys are case-insensitive, so subgraph names are matched the same way.
        var urls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (string.IsNullOrWhiteSpace(child.Value))
            {
                continue;
            }

            if (!Uri.TryCreate(child.Value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new GatewayStartupException($"Gateway:Subgraphs:{child.Key} must be an absolute http(s) URL, not '{child.Value}'.");
            }

            urls[child.Key] = url;
        }

        return urls;
    }

    /// <summary>A duration as <c>hh:mm:ss</c> or as a number of seconds (a bare number would otherwise mean days).</summary>
    private static TimeSpan? ReadDuration(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero)
        {
            return duration;
        }

        throw new GatewayStartupException($"Gateway:{key} must be a positive duration (hh:mm:ss) or a number of seconds, not '{text}'.");
    }

    private static int? ReadPositive(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new GatewayStartupException($"Gateway:{key} must be a positive whole number, not '{text}'.");
    }
}
