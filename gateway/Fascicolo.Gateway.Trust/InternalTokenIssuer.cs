using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Trust;

/// <summary>
/// Mints the internal token the gateway sends with each subgraph request: the caller, signed with the
/// gateway's private key, for one subgraph (audience), for one request body, for a short time.
/// </summary>
/// <remarks>
/// Binding the token to the body's hash means a token taken from the wire cannot carry a different
/// query; the one-use <c>jti</c> (see <see cref="InternalTokenValidator"/>) means it cannot be sent twice.
/// </remarks>
public sealed class InternalTokenIssuer
{
    /// <summary>How long a minted token is valid by default: long enough for one subgraph call.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(60);

    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly string _issuer;

    /// <summary>Creates an issuer signing with <paramref name="privateKey"/> (P-256).</summary>
    public InternalTokenIssuer(ECDsa privateKey, TimeProvider? time = null, TimeSpan? lifetime = null, string issuer = InternalTokenClaims.DefaultIssuer)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        _credentials = new SigningCredentials(new ECDsaSecurityKey(privateKey) { KeyId = InternalTokenKeys.KeyId(privateKey) }, SecurityAlgorithms.EcdsaSha256);
        _time = time ?? TimeProvider.System;
        _lifetime = lifetime ?? DefaultLifetime;
        _issuer = issuer;
    }

    /// <summary>Mints a token for <paramref name="caller"/> calling <paramref name="audience"/> with <paramref name="body"/>.</summary>
    /// <param name="caller">Who is calling.</param>
    /// <param name="audience">The subgraph's name in the supergraph (e.g. <c>registry</c>).</param>
    /// <param name="body">The exact bytes of the request body that will carry the token.</param>
    /// <returns>The compact JWT.</returns>
    public string Issue(Caller caller, string audience, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [InternalTokenClaims.Role] = caller.Role,
            [InternalTokenClaims.Assurance] = caller.Assurance,
            [InternalTokenClaims.RequestId] = caller.RequestId,
            [InternalTokenClaims.BodyHash] = InternalTokenKeys.BodyHash(body),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        Add(claims, InternalTokenClaims.Subject, caller.Subject);
        Add(claims, InternalTokenClaims.Ente, caller.Ente);
        Add(claims, InternalTokenClaims.Department, caller.Department);
        Add(claims, InternalTokenClaims.Purpose, caller.Purpose);
        Add(claims, InternalTokenClaims.Client, caller.Client);
        if (caller.Wards.Count > 0)
        {
            claims[InternalTokenClaims.Wards] = caller.Wards.ToArray();
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            Claims = claims,
            SigningCredentials = _credentials,
            TokenType = InternalTokenClaims.TokenType,
        });
    }

    private static void Add(Dictionary<string, object> claims, string name, string? value)
    {
        if (value is not null)
        {
            claims[name] = value;
        }
    }
}
