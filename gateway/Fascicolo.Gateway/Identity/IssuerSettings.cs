using Fascicolo.Gateway.Hosting;

namespace Fascicolo.Gateway.Identity;

/// <summary>An OpenID Connect issuer whose signing keys come from its discovery document.</summary>
/// <param name="Authority">The issuer's base URL (<c>Identity:Oidc:Authority</c>).</param>
/// <param name="Audience">The audience tokens must carry (<c>Identity:Oidc:Audience</c>).</param>
/// <param name="MetadataAddress">The discovery document, when not at the authority's well-known address.</param>
/// <param name="RequireHttpsMetadata">False allows an <c>http</c> discovery document (local proxies only).</param>
internal sealed record OidcIssuerSettings(Uri Authority, string Audience, Uri? MetadataAddress, bool RequireHttpsMetadata)
{
    /// <summary>The <c>iss</c> the issuer's tokens carry: the authority without its trailing slash.</summary>
    public string Issuer => Authority.OriginalString.TrimEnd('/');

    public static OidcIssuerSettings? Read(IConfigurationSection section)
    {
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var authorityUrl))
        {
            throw new GatewayStartupException($"Identity:Oidc:Authority must be an absolute URL, not '{authority}'.");
        }

        var audience = section["Audience"];
        if (string.IsNullOrWhiteSpace(audience))
        {
            throw new GatewayStartupException("Identity:Oidc:Audience is required when Identity:Oidc:Authority is set.");
        }

        Uri? metadata = null;
        if (section["MetadataAddress"] is { Length: > 0 } address && !Uri.TryCreate(address, UriKind.Absolute, out metadata))
        {
            throw new GatewayStartupException($"Identity:Oidc:MetadataAddress must be an absolute URL, not '{address}'.");
        }

        return new OidcIssuerSettings(authorityUrl, audience, metadata, IdentitySettings.ReadBool(section, "RequireHttpsMetadata") ?? true);
    }
}

/// <summary>The development issuer of local runs: its key pair is generated on first use.</summary>
/// <param name="KeyFile">The issuer's private key (PEM, P-256); the public key is written beside it as <c>.pub</c>.</param>
/// <param name="Issuer">The <c>iss</c> of its tokens.</param>
/// <param name="Audience">The <c>aud</c> of its tokens.</param>
internal sealed record DevelopmentIssuerSettings(string KeyFile, string Issuer, string Audience)
{
    public const string DefaultKeyFile = ".data/identity/dev-issuer.pem";
    public const string DefaultIssuer = "fascicolo-dev";
    public const string DefaultAudience = "fascicolo";

    public static DevelopmentIssuerSettings? Read(IConfigurationSection section) =>
        IdentitySettings.ReadBool(section, "Enabled") is true
            ? new DevelopmentIssuerSettings(
                section["KeyFile"] is { Length: > 0 } file ? file : DefaultKeyFile,
                section["Issuer"] is { Length: > 0 } issuer ? issuer : DefaultIssuer,
                section["Audience"] is { Length: > 0 } audience ? audience : DefaultAudience)
            : null;
}
