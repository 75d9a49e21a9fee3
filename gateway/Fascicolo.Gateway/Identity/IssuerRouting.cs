using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Picks the scheme that validates a bearer token from the token's <c>iss</c>, read without validation:
/// only to choose; the chosen scheme then validates everything, the issuer included. A token of an
/// unknown issuer, or one that cannot be read, goes to the first configured scheme, which refuses it.
/// </summary>
internal sealed class IssuerRouting
{
    private static readonly string[] EntraHosts = ["login.microsoftonline.com", "sts.windows.net", "login.windows.net"];

    private readonly string? _developmentIssuer;
    private readonly string? _oidcIssuer;
    private readonly bool _entra;
    private readonly string? _entraInstance;
    private readonly string _fallback;

    public IssuerRouting(IdentitySettings settings, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configuration);
        _developmentIssuer = settings.Development?.Issuer;
        _oidcIssuer = settings.Oidc?.Issuer;
        _entra = settings.Entra;
        _entraInstance = configuration[$"{IdentitySettings.EntraSectionName}:Instance"]?.TrimEnd('/');
        _fallback = _developmentIssuer is not null ? IdentitySchemes.Development
            : _oidcIssuer is not null ? IdentitySchemes.Oidc
            : IdentitySchemes.Entra;
    }

    /// <summary>The scheme for the request's bearer token.</summary>
    public string SchemeFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && Issuer(header[Bearer.Length..].Trim()) is { } issuer
            ? SchemeForIssuer(issuer)
            : _fallback;
    }

    /// <summary>The scheme for a token issued by <paramref name="issuer"/>.</summary>
    public string SchemeForIssuer(string issuer)
    {
        var trimmed = issuer.TrimEnd('/');
        if (_developmentIssuer is not null && string.Equals(issuer, _developmentIssuer, StringComparison.Ordinal))
        {
            return IdentitySchemes.Development;
        }

        if (_oidcIssuer is not null && string.Equals(trimmed, _oidcIssuer, StringComparison.Ordinal))
        {
            return IdentitySchemes.Oidc;
        }

        if (_entra && IsEntra(trimmed))
        {
            return IdentitySchemes.Entra;
        }

        return _fallback;
    }

    private bool IsEntra(string issuer) =>
        (_entraInstance is not null && issuer.StartsWith(_entraInstance, StringComparison.OrdinalIgnoreCase))
        || (Uri.TryCreate(issuer, UriKind.Absolute, out var url) && EntraHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase));

    private static string? Issuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer is { Length: > 0 } issuer ? issuer : null;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            // Not a JWT at all: the fallback scheme refuses it with a proper message.
            return null;
        }
    }
}
