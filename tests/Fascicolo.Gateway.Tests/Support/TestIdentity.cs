using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// The keys of a gateway under test, in a folder of their own: the development issuer's (tokens the
/// gateway accepts) and the internal-token key (what the gateway signs subgraph requests with). Mints
/// valid and forged end-user tokens.
/// </summary>
internal sealed class TestIdentity : IDisposable
{
    private static readonly string[] CitizenRoles = [CallerRoles.Citizen];
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-identity-").FullName;
    private readonly DevelopmentIssuer _issuer;

    /// <param name="internalKeyFile">
    /// The gateway's signing key to use (e.g. <c>TestGatewayKeys.PrivateKeyPath</c>, which every
    /// <c>SubgraphTestHost</c> trusts); null creates one of its own.
    /// </param>
    public TestIdentity(string? internalKeyFile = null)
    {
        DevelopmentKeyFile = Path.Combine(_folder, "dev-issuer.pem");
        InternalKeyFile = internalKeyFile ?? Path.Combine(_folder, "internal.pem");
        _issuer = DevelopmentIssuer.Load(Settings());

        // Created here, before the gateway starts, so the test subgraphs can load the public key.
        _ = InternalTokenKeys.LoadOrCreatePrivateKey(InternalKeyFile);
        InternalPublicKey = InternalTokenKeys.LoadPublicKey(InternalTokenKeys.PublicKeyPath(InternalKeyFile));
    }

    public string DevelopmentKeyFile { get; }

    public string InternalKeyFile { get; }

    /// <summary>The public key subgraphs check internal tokens with.</summary>
    public ECDsa InternalPublicKey { get; }

    /// <summary>The gateway settings that turn the development issuer and request signing on.</summary>
    public Dictionary<string, string?> GatewaySettings() => new()
    {
        ["Identity:Required"] = "true",
        ["Identity:Development:Enabled"] = "true",
        ["Identity:Development:KeyFile"] = DevelopmentKeyFile,
        ["Trust:SigningKeyFile"] = InternalKeyFile,
    };

    public DevelopmentIssuerSettings Settings(string? issuer = null, string? audience = null) =>
        new(DevelopmentKeyFile, issuer ?? DevelopmentIssuerSettings.DefaultIssuer, audience ?? DevelopmentIssuerSettings.DefaultAudience);

    public string Citizen(string fiscalCode, int loa = 2) =>
        _issuer.Mint(new DevelopmentTokenRequest(CallerRoles.Citizen, fiscalCode, fiscalCode, loa, null, null, TimeSpan.FromMinutes(10)));

    public string Operator(string subject = "op-social-1", string ente = "D969", string department = "social") =>
        _issuer.Mint(new DevelopmentTokenRequest(CallerRoles.Operator, subject, null, null, ente, department, TimeSpan.FromMinutes(10)));

    /// <summary>A machine client's token; <paramref name="lifetime"/> long enough for a whole test collection when a fixture sends it with every request.</summary>
    public string Service(string subject = "fascicolo-tests", TimeSpan? lifetime = null) =>
        _issuer.Mint(new DevelopmentTokenRequest(CallerRoles.Service, subject, null, null, null, null, lifetime ?? TimeSpan.FromMinutes(10)));

    public string Mint(DevelopmentTokenRequest request) => _issuer.Mint(request);

    /// <summary>A token minted with other issuer settings, another key (a forgery) or another clock (a stale token).</summary>
    public string MintWith(DevelopmentTokenRequest request, DevelopmentIssuerSettings? settings = null, bool foreignKey = false, TimeProvider? time = null)
    {
        var key = foreignKey ? InternalTokenKeys.Create() : InternalTokenKeys.LoadOrCreatePrivateKey(DevelopmentKeyFile);
        return new DevelopmentIssuer(key, settings ?? Settings(), time).Mint(request);
    }

    /// <summary>A citizen token that expired an hour ago.</summary>
    public string Expired(string fiscalCode) =>
        MintWith(CitizenRequest(fiscalCode), time: new FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-2)));

    public static DevelopmentTokenRequest CitizenRequest(string fiscalCode, int loa = 2) =>
        new(CallerRoles.Citizen, fiscalCode, fiscalCode, loa, null, null, TimeSpan.FromMinutes(10));

    /// <summary>An unsigned token (<c>alg: none</c>) with a valid citizen's claims.</summary>
    public static string Unsigned(string fiscalCode)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = DevelopmentIssuerSettings.DefaultIssuer,
            ["aud"] = DevelopmentIssuerSettings.DefaultAudience,
            ["sub"] = fiscalCode,
            ["fiscalNumber"] = "TINIT-" + fiscalCode,
            ["acr"] = "https://www.spid.gov.it/SpidL2",
            ["roles"] = CitizenRoles,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        }));
        return $"{header}.{payload}.";
    }

    public void Dispose()
    {
        // The keys are not disposed: Microsoft.IdentityModel keeps its signature providers per key id for the process.
        Directory.Delete(_folder, recursive: true);
    }
}
