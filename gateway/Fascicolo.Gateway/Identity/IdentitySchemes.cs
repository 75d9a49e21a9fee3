using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The authentication schemes of <c>/graphql</c>, each registered only when configured: the development
/// issuer, any OpenID Connect issuer (the SPID/CIE proxy) and Entra ID through Microsoft.Identity.Web,
/// behind one policy scheme that forwards a token to the scheme of its (unvalidated) <c>iss</c>.
/// </summary>
internal static class IdentitySchemes
{
    /// <summary>The scheme requests are authenticated with: it forwards to one of the others.</summary>
    public const string Policy = "fascicolo";

    public const string Development = "development";

    public const string Oidc = "oidc";

    public const string Entra = "entra";

    /// <summary>How far clocks may disagree when checking a token's lifetime.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Registers the configured schemes; nothing when no issuer is configured (anonymous only).</summary>
    public static IServiceCollection AddIdentitySchemes(this IServiceCollection services, IConfiguration configuration, IdentitySettings settings, DevelopmentIssuer? development)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.AnyIssuer)
        {
            return services;
        }

        var routing = new IssuerRouting(settings, configuration);
        // No default scheme: only /graphql authenticates, in CallerIdentification, which skips the
        // validation of a token it has already validated (a default scheme would validate every request first).
        var authentication = services.AddAuthentication()
            .AddPolicyScheme(Policy, "Fascicolo bearer tokens", options => options.ForwardDefaultSelector = routing.SchemeFor);
        if (development is not null)
        {
            authentication.AddJwtBearer(Development, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = development.Settings.Issuer,
                    ValidAudience = development.Settings.Audience,
                    IssuerSigningKey = development.SigningKey,
                    ValidAlgorithms = [DevelopmentIssuer.Algorithm],
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = ClockSkew,
                };
            });
        }

        if (settings.Oidc is { } oidc)
        {
            authentication.AddJwtBearer(Oidc, options =>
            {
                // Issuer and signing keys come from the issuer's discovery document (and follow its key rotation).
                options.Authority = oidc.Authority.OriginalString;
                options.Audience = oidc.Audience;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                if (oidc.MetadataAddress is { } metadata)
                {
                    options.MetadataAddress = metadata.OriginalString;
                }

                options.MapInboundClaims = false;
                options.TokenValidationParameters.RequireExpirationTime = true;
                options.TokenValidationParameters.RequireSignedTokens = true;
                options.TokenValidationParameters.ClockSkew = ClockSkew;
            });
        }

        if (settings.Entra)
        {
            // The AzureAd section exactly as Microsoft.Identity.Web documents it (Instance, TenantId, ClientId, Audience).
            authentication.AddMicrosoftIdentityWebApi(configuration.GetSection(IdentitySettings.EntraSectionName), Entra);
            services.Configure<JwtBearerOptions>(Entra, options => options.MapInboundClaims = false);
        }

        return services;
    }
}
