using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>Internal tokens that must be refused, each wrong in one way only.</summary>
public static class ForgedTokens
{
    /// <summary>The test gateway's own private key (so that only the property under test is wrong).</summary>
    public static ECDsa GatewayKey()
    {
        var key = ECDsa.Create();
        key.ImportFromPem(TestGatewayKeys.PrivateKeyPem);
        return key;
    }

    /// <summary>Signed by a key the subgraph does not trust.</summary>
    public static string SignedByAnotherKey(Caller caller, string audience, string body)
    {
        using var stranger = InternalTokenKeys.Create();
        return new InternalTokenIssuer(stranger).Issue(caller, audience, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Minted at <paramref name="issuedAt"/> (60 s lifetime).</summary>
    public static string IssuedAt(DateTimeOffset issuedAt, Caller caller, string audience, string body)
    {
        using var key = GatewayKey();
        return new InternalTokenIssuer(key, new FixedTimeProvider(issuedAt)).Issue(caller, audience, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Right key, claims and body, but the <c>typ</c> of an ordinary JWT (as an end-user token has).</summary>
    public static string OrdinaryJwt(Caller caller, string audience, string body)
    {
        using var key = GatewayKey();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = InternalTokenClaims.DefaultIssuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(60),
            TokenType = "JWT",
            Claims = Claims(caller, body),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key), SecurityAlgorithms.EcdsaSha256),
        });
    }

    /// <summary>Right claims and body, <c>alg: none</c> and no signature.</summary>
    public static string WithoutSignature(Caller caller, string audience, string body)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new Dictionary<string, object> { ["alg"] = "none", ["typ"] = InternalTokenClaims.TokenType };
        var payload = new Dictionary<string, object>(Claims(caller, body))
        {
            ["iss"] = InternalTokenClaims.DefaultIssuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 60,
        };
        return $"{Base64UrlEncoder.Encode(JsonSerializer.Serialize(header))}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.";
    }

    private static Dictionary<string, object> Claims(Caller caller, string body) => new()
    {
        [InternalTokenClaims.Role] = caller.Role,
        [InternalTokenClaims.Subject] = caller.Subject ?? "",
        [InternalTokenClaims.Assurance] = caller.Assurance,
        [InternalTokenClaims.Purpose] = caller.Purpose ?? "",
        [InternalTokenClaims.RequestId] = caller.RequestId,
        [InternalTokenClaims.BodyHash] = InternalTokenKeys.BodyHash(Encoding.UTF8.GetBytes(body)),
        [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
    };
}
