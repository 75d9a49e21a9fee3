using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Who may call the gateway: the token issuers it trusts (each on only when configured) and where a
/// citizen's wards come from. Read from the sections <c>Identity</c> and <c>AzureAd</c> (the latter as
/// Microsoft.Identity.Web documents it); a wrong value stops start-up with a message naming the setting.
/// </summary>
internal sealed record IdentitySettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Identity";

    /// <summary>The Entra ID section Microsoft.Identity.Web reads.</summary>
    public const string EntraSectionName = "AzureAd";

    /// <summary>
    /// True: start-up fails when no issuer is configured (<c>Identity:Required</c>), so a deployment of our
    /// own graph can never fall back to serving everyone anonymously.
    /// </summary>
    public bool Required { get; init; }

    /// <summary>Any OpenID Connect issuer, e.g. the SPID/CIE proxy (<c>Identity:Oidc:*</c>); null when off.</summary>
    public OidcIssuerSettings? Oidc { get; init; }

    /// <summary>The local development issuer (<c>Identity:Development:*</c>); null when off.</summary>
    public DevelopmentIssuerSettings? Development { get; init; }

    /// <summary>True when the <c>AzureAd</c> section names a client id: Entra ID tokens are accepted.</summary>
    public bool Entra { get; init; }

    /// <summary>How a citizen's wards are looked up (<c>Identity:Wards:*</c>); null: citizens have none.</summary>
    public WardsSettings? Wards { get; init; }

    /// <summary>How long validated bearer tokens are kept (<c>Identity:TokenCache:*</c>).</summary>
    public TokenCacheSettings TokenCache { get; init; } = TokenCacheSettings.Default;

    /// <summary>True when at least one issuer is configured, so bearer tokens are validated.</summary>
    public bool AnyIssuer => Oidc is not null || Development is not null || Entra;

    /// <summary>Reads the settings.</summary>
    /// <exception cref="GatewayStartupException">A value is malformed, or <c>Identity:Required</c> is set and no issuer is.</exception>
    public static IdentitySettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var settings = new IdentitySettings
        {
            Required = ReadBool(section, "Required") ?? false,
            Oidc = OidcIssuerSettings.Read(section.GetSection("Oidc")),
            Development = DevelopmentIssuerSettings.Read(section.GetSection("Development")),
            Entra = !string.IsNullOrWhiteSpace(configuration[$"{EntraSectionName}:ClientId"]),
            Wards = WardsSettings.Read(section.GetSection("Wards")),
            TokenCache = TokenCacheSettings.Read(section.GetSection("TokenCache")),
        };
        if (settings.Required && !settings.AnyIssuer)
        {
            throw new GatewayStartupException(
                "Identity:Required is true but no token issuer is configured: set Identity:Development:Enabled, " +
                "Identity:Oidc:Authority or the AzureAd section.");
        }

        return settings;
    }

    /// <summary>A Boolean setting of <paramref name="section"/>; null when absent.</summary>
    internal static bool? ReadBool(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new GatewayStartupException($"{section.Path}:{key} must be true or false, not '{text}'.");
    }
}
