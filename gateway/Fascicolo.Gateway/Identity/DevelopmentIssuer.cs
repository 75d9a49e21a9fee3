using System.Security.Cryptography;
using Fascicolo.Gateway.Trust;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The development issuer of local runs: ES256 tokens shaped like those of a SPID/CIE OpenID Connect
/// proxy (<c>fiscalNumber: TINIT-…</c>, <c>acr</c> as the SPID level URI) and of Entra ID (<c>roles</c>),
/// signed with a key generated on first use. The gateway validates them like any other issuer's.
/// </summary>
/// <remarks>
/// Not disposable on purpose: Microsoft.IdentityModel caches signature providers per key id for the whole
/// process, so a disposed key would break the next issuer loading the same file (a restarted host, a test).
/// </remarks>
internal sealed class DevelopmentIssuer
{
    /// <summary>The only algorithm the development issuer signs and accepts.</summary>
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _time;

    public DevelopmentIssuer(ECDsa key, DevelopmentIssuerSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _time = time ?? TimeProvider.System;
        SigningKey = new ECDsaSecurityKey(key) { KeyId = InternalTokenKeys.KeyId(key) };
    }

    public DevelopmentIssuerSettings Settings { get; }

    /// <summary>The key tokens are signed with (and validated against, by the gateway).</summary>
    public ECDsaSecurityKey SigningKey { get; }

    /// <summary>Loads the key named by <paramref name="settings"/>, creating it on first use.</summary>
    /// <exception cref="Hosting.GatewayStartupException">The key cannot be loaded or created.</exception>
    public static DevelopmentIssuer Load(DevelopmentIssuerSettings settings) =>
        new(KeyFiles.LoadOrCreate(settings.KeyFile, "Identity:Development:KeyFile"), settings);

    /// <summary>Mints a token for <paramref name="request"/>.</summary>
    public string Mint(DevelopmentTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Sub] = request.Subject,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [ClaimNames.Roles] = new[] { request.Role },
        };
        if (request.FiscalCode is { } fiscalCode)
        {
            claims[ClaimNames.FiscalNumber] = ClaimNames.FiscalNumberPrefix + fiscalCode;
        }

        if (request.Assurance is { } assurance)
        {
            claims[ClaimNames.Acr] = AssuranceLevels.SpidUri(assurance);
        }

        if (request.Ente is { } ente)
        {
            claims[ClaimNames.Ente] = ente;
        }

        if (request.Department is { } department)
        {
            claims[ClaimNames.Department] = department;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Settings.Issuer,
            Audience = Settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, Algorithm),
        });
    }
}

/// <summary>What a development token says.</summary>
/// <param name="Role">One of the <see cref="CallerRoles"/> other than anonymous.</param>
/// <param name="Subject">The <c>sub</c>: the fiscal code of a person, or a staff or client id.</param>
/// <param name="FiscalCode">The fiscal code sent as <c>fiscalNumber</c> (citizens).</param>
/// <param name="Assurance">The SPID level sent as <c>acr</c>, when any.</param>
/// <param name="Ente">An operator's municipality (Belfiore code).</param>
/// <param name="Department">An operator's department.</param>
/// <param name="Lifetime">How long the token is valid.</param>
internal sealed record DevelopmentTokenRequest(
    string Role,
    string Subject,
    string? FiscalCode,
    int? Assurance,
    string? Ente,
    string? Department,
    TimeSpan Lifetime);
