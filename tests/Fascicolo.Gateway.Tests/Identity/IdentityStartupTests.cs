using System.Net;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>Identity settings at start-up, and a foreign supergraph served without any.</summary>
public sealed class IdentityStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-identity-startup-").FullName;

    [Fact]
    public async Task ForeignSupergraph_Should_BeServedAnonymouslyAndUnsigned_When_NoIdentityIsConfigured()
    {
        await using var people = await TrustingSubgraph.StartAsync("people", gatewayKey: null, IdentityGatewayFixture.AnswerPeople);
        await using var schools = await TrustingSubgraph.StartAsync("schools", gatewayKey: null, IdentityGatewayFixture.AnswerSchools);
        var supergraph = Path.Combine(_folder, "foreign.graphql");
        await IdentityGatewayFixture.WriteSupergraphAsync(supergraph, people.Url, schools.Url);
        await using var gateway = await GatewayHost.StartAsync(supergraph);

        using var anonymous = await gateway.PostAsAsync(token: null, "query P($fiscalCode: String!) { person(fiscalCode: $fiscalCode) { name school } }", new { fiscalCode = IdentityGatewayFixture.Stranger });
        // Without an issuer the gateway cannot judge a token: it is not read, and the caller stays anonymous.
        using var withHeader = await gateway.PostAsAsync("whatever", "{ weather }");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("Scuola Pascoli", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withHeader.StatusCode);
        Assert.All(people.Requests.Concat(schools.Requests), request => Assert.Empty(request.Authorization));
        Assert.Equal(3, people.Requests.Count + schools.Requests.Count);
    }

    [Fact]
    public void Build_Should_Stop_When_IdentityIsRequiredButNoIssuerIsConfigured()
    {
        var exception = Assert.Throws<GatewayStartupException>(() => Build(new() { ["Identity:Required"] = "true" }));

        Assert.Contains("Identity:Required", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Identity:Required", "yes")]
    [InlineData("Identity:Development:Enabled", "sometimes")]
    [InlineData("Identity:Oidc:Authority", "not a url")]
    [InlineData("Identity:Oidc:Authority", "https://spid-proxy.example")]
    [InlineData("Identity:Wards:Path", "")]
    public void Build_Should_StopWithAMessageNamingTheSetting_When_AnIdentitySettingIsWrong(string key, string value)
    {
        var exception = Assert.Throws<GatewayStartupException>(() => Build(new() { [key] = value }));

        Assert.Contains(key.Split(':')[1], exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Should_Stop_When_TheSigningKeyFileIsNotAPrivateKey()
    {
        var file = Path.Combine(_folder, "not-a-key.pem");
        File.WriteAllText(file, "hello");

        var exception = Assert.Throws<GatewayStartupException>(() => Build(new() { ["Trust:SigningKeyFile"] = file }));

        Assert.Contains("Trust:SigningKeyFile", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Should_CreateTheKeysWithTheirPublicHalves_When_TheyDoNotExistYet()
    {
        var developmentKey = Path.Combine(_folder, "keys", "dev-issuer.pem");
        var internalKey = Path.Combine(_folder, "keys", "internal.pem");

        await using (Build(new()
        {
            ["Identity:Development:Enabled"] = "true",
            ["Identity:Development:KeyFile"] = developmentKey,
            ["Trust:SigningKeyFile"] = internalKey,
        }))
        {
        }

        foreach (var file in new[] { developmentKey, internalKey })
        {
            Assert.StartsWith("-----BEGIN EC PRIVATE KEY-----", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
            Assert.StartsWith("-----BEGIN PUBLIC KEY-----", await File.ReadAllTextAsync(file + ".pub"), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public async Task Build_Should_RegisterEveryConfiguredScheme_When_SeveralIssuersAreConfigured()
    {
        await using var app = Build(new()
        {
            ["Identity:Development:Enabled"] = "true",
            ["Identity:Development:KeyFile"] = Path.Combine(_folder, "dev.pem"),
            ["Identity:Oidc:Authority"] = "https://spid-proxy.example/oidc",
            ["Identity:Oidc:Audience"] = "fascicolo",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "0b8a6a1e-1b8d-4a5e-9c2f-6f0e4b1d2c3a",
            ["AzureAd:ClientId"] = "5f3c1a2b-7d4e-4f6a-8b9c-0d1e2f3a4b5c",
        });

        var schemes = app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        var names = (await schemes.GetAllSchemesAsync()).Select(s => s.Name).ToList();
        Assert.Equal(["development", "entra", "fascicolo", "oidc"], names.Order(StringComparer.Ordinal));
        // No default: nothing but /graphql authenticates, through the policy scheme, once per token it has not validated yet.
        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
    }

    [Theory]
    [InlineData("fascicolo-dev", "development")]
    [InlineData("https://spid-proxy.example/oidc", "oidc")]
    [InlineData("https://spid-proxy.example/oidc/", "oidc")]
    [InlineData("https://login.microsoftonline.com/0b8a6a1e-1b8d-4a5e-9c2f-6f0e4b1d2c3a/v2.0", "entra")]
    [InlineData("https://sts.windows.net/0b8a6a1e-1b8d-4a5e-9c2f-6f0e4b1d2c3a/", "entra")]
    [InlineData("https://evil.example", "development")]
    public void Routing_Should_PickTheSchemeOfTheIssuer_When_SeveralAreConfigured(string issuer, string scheme)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Development:Enabled"] = "true",
            ["Identity:Oidc:Authority"] = "https://spid-proxy.example/oidc",
            ["Identity:Oidc:Audience"] = "fascicolo",
            ["AzureAd:ClientId"] = "5f3c1a2b-7d4e-4f6a-8b9c-0d1e2f3a4b5c",
        }).Build();

        var routing = new IssuerRouting(IdentitySettings.Read(configuration), configuration);

        Assert.Equal(scheme, routing.SchemeForIssuer(issuer));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Microsoft.AspNetCore.Builder.WebApplication Build(Dictionary<string, string?> settings) =>
        GatewayApplication.Build(["--supergraph", TestData.ShopSupergraph], builder => builder.Configuration.AddInMemoryCollection(settings));
}
