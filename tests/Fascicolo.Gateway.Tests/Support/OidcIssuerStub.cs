using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// An OpenID Connect issuer as a SPID/CIE proxy publishes it: a discovery document and a JWKS with one
/// RS256 key, on real Kestrel. Mints tokens with the SPID attribute names.
/// </summary>
internal sealed class OidcIssuerStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RsaSecurityKey _signingKey;

    private OidcIssuerStub(WebApplication app)
    {
        _app = app;
        _signingKey = new RsaSecurityKey(_key) { KeyId = "spid-proxy-1" };
    }

    /// <summary>The issuer (<c>iss</c>) and authority, e.g. <c>http://127.0.0.1:41234/oidc</c>.</summary>
    public string Issuer { get; private set; } = null!;

    public static async Task<OidcIssuerStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new OidcIssuerStub(app);
        app.MapGet("/oidc/.well-known/openid-configuration", context =>
        {
            return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["issuer"] = stub.Issuer,
                ["jwks_uri"] = stub.Issuer + "/jwks",
            });
        });
        app.MapGet("/oidc/jwks", context =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(stub._key.ExportParameters(false)) { KeyId = stub._signingKey.KeyId });
            return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["keys"] = new[] { new Dictionary<string, string> { ["kty"] = jwk.Kty, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E } },
            });
        });
        await app.StartAsync();
        stub.Issuer = app.Urls.First() + "/oidc";
        return stub;
    }

    /// <summary>A token of this issuer for <paramref name="audience"/> with <paramref name="claims"/>, signed with its key or another one.</summary>
    public string Mint(string audience, IDictionary<string, object> claims, bool foreignKey = false)
    {
        using var other = foreignKey ? RSA.Create(2048) : null;
        var key = other is null ? _signingKey : new RsaSecurityKey(other) { KeyId = _signingKey.KeyId };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
