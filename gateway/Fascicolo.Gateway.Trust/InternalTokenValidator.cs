using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Trust;

/// <summary>
/// Checks an internal token on the subgraph side: ES256 signature by the gateway's key, issuer, this
/// subgraph as audience, lifetime (30 s of clock skew, against the system clock, never a subgraph's configured business day), <c>typ</c>, the hash of the body it arrived
/// with, and that its <c>jti</c> was not seen before.
/// </summary>
public sealed class InternalTokenValidator
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly InternalTokenReplayCache _replays;

    /// <summary>Creates a validator for the subgraph named <paramref name="audience"/>.</summary>
    public InternalTokenValidator(ECDsa gatewayPublicKey, string audience, InternalTokenReplayCache replays, string issuer = InternalTokenClaims.DefaultIssuer)
    {
        ArgumentNullException.ThrowIfNull(gatewayPublicKey);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        _replays = replays ?? throw new ArgumentNullException(nameof(replays));
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKey = new ECDsaSecurityKey(gatewayPublicKey),
            ValidAlgorithms = [InternalTokenClaims.Algorithm],
            ValidTypes = [InternalTokenClaims.TokenType],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Validates <paramref name="token"/> sent with <paramref name="body"/>.</summary>
    /// <returns>The caller, or the reason the token was refused.</returns>
    public async Task<InternalTokenValidation> ValidateAsync(string? token, ReadOnlyMemory<byte> body)
    {
        if (string.IsNullOrEmpty(token))
        {
            return InternalTokenValidation.Refused("no internal token");
        }

        var result = await _handler.ValidateTokenAsync(token, _parameters).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return InternalTokenValidation.Refused(result.Exception?.GetType().Name ?? "invalid internal token");
        }

        if (!jwt.TryGetPayloadValue<string>(InternalTokenClaims.BodyHash, out var bodyHash)
            || !string.Equals(bodyHash, InternalTokenKeys.BodyHash(body.Span), StringComparison.Ordinal))
        {
            return InternalTokenValidation.Refused("the token was minted for another request body");
        }

        if (!jwt.TryGetPayloadValue<string>(InternalTokenClaims.Role, out var role) || !CallerRoles.IsKnown(role))
        {
            return InternalTokenValidation.Refused("unknown role");
        }

        if (string.IsNullOrEmpty(jwt.Id) || !_replays.TryUse(jwt.Id, jwt.ValidTo))
        {
            return InternalTokenValidation.Refused("the token was already used");
        }

        return InternalTokenValidation.Accepted(new Caller(
            role,
            Text(jwt, InternalTokenClaims.Subject),
            Text(jwt, InternalTokenClaims.Ente),
            Text(jwt, InternalTokenClaims.Department),
            jwt.TryGetPayloadValue<int>(InternalTokenClaims.Assurance, out var assurance) ? assurance : 0,
            Text(jwt, InternalTokenClaims.Purpose),
            Text(jwt, InternalTokenClaims.RequestId) ?? jwt.Id,
            Wards(jwt),
            Text(jwt, InternalTokenClaims.Client)));
    }

    private static string? Text(JsonWebToken jwt, string claim) =>
        jwt.TryGetPayloadValue<string>(claim, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static string[] Wards(JsonWebToken jwt) =>
        jwt.TryGetPayloadValue<JsonElement>(InternalTokenClaims.Wards, out var wards) && wards.ValueKind == JsonValueKind.Array
            ? [.. wards.EnumerateArray().Where(ward => ward.ValueKind == JsonValueKind.String).Select(ward => ward.GetString()!)]
            : [];
}
