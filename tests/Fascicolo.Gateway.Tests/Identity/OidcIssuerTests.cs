using System.Net;
using System.Text.Json;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>
/// A gateway that trusts a SPID/CIE OpenID Connect proxy (keys from its discovery document) and the
/// development issuer at once, over the people and schools subgraphs.
/// </summary>
public sealed class OidcGatewayFixture : IAsyncLifetime
{
    public const string Audience = "fascicolo-gateway";

    private OidcIssuerStub? _issuer;
    private TrustingSubgraph? _people;
    private TrustingSubgraph? _schools;
    private GatewayHost? _gateway;
    private readonly string _supergraph = Path.Combine(Path.GetTempPath(), $"oidc-{Guid.NewGuid():N}.graphql");

    internal TestIdentity Identity { get; } = new();

    internal OidcIssuerStub Issuer => _issuer!;

    internal TrustingSubgraph People => _people!;

    internal GatewayHost Gateway => _gateway!;

    public async Task InitializeAsync()
    {
        _issuer = await OidcIssuerStub.StartAsync();
        _people = await TrustingSubgraph.StartAsync("people", Identity.InternalPublicKey, IdentityGatewayFixture.AnswerPeople);
        _schools = await TrustingSubgraph.StartAsync("schools", Identity.InternalPublicKey, IdentityGatewayFixture.AnswerSchools);
        await IdentityGatewayFixture.WriteSupergraphAsync(_supergraph, _people.Url, _schools.Url);
        var settings = Identity.GatewaySettings();
        settings["Identity:Oidc:Authority"] = _issuer.Issuer;
        settings["Identity:Oidc:Audience"] = Audience;
        settings["Identity:Oidc:RequireHttpsMetadata"] = "false";
        _gateway = await GatewayHost.StartAsync(_supergraph, settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _gateway, _people, _schools, _issuer })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        Identity.Dispose();
        File.Delete(_supergraph);
    }
}

public sealed class OidcIssuerTests(OidcGatewayFixture fixture) : IClassFixture<OidcGatewayFixture>
{
    [Fact]
    public async Task SpidToken_Should_MakeACitizenOfTheFiscalNumber_When_SignedByTheProxy()
    {
        var token = fixture.Issuer.Mint(OidcGatewayFixture.Audience, new Dictionary<string, object>
        {
            ["sub"] = "spid-pairwise-7f3a",
            ["https://attributes.eid.gov.it/fiscal_number"] = "TINIT-RVRSFN72H30C621K",
            ["acr"] = "https://www.spid.gov.it/SpidL3",
        });
        var before = fixture.People.Requests.Count;

        using var response = await fixture.Gateway.PostAsAsync(token, "{ weather }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = fixture.People.Requests.Skip(before).Last().Caller!;
        Assert.Equal(new object?[] { CallerRoles.Citizen, "RVRSFN72H30C621K", 3 }, new object?[] { caller.Role, caller.Subject, caller.Assurance });
    }

    [Theory]
    [InlineData("foreign-key", "signature is invalid")]
    [InlineData("wrong-audience", "audience is not this gateway")]
    public async Task SpidToken_Should_BeRefused_When_ItIsNotTheProxysOrNotForUs(string kind, string description)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "x", ["fiscalNumber"] = "TINIT-RVRSFN72H30C621K", ["acr"] = "https://www.spid.gov.it/SpidL2" };
        var token = kind == "foreign-key"
            ? fixture.Issuer.Mint(OidcGatewayFixture.Audience, claims, foreignKey: true)
            : fixture.Issuer.Mint("someone-else", claims);

        using var response = await fixture.Gateway.PostAsAsync(token, "{ weather }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(description, Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("UNAUTHENTICATED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task DevelopmentToken_Should_StillBeAccepted_When_AnOidcIssuerIsConfiguredToo()
    {
        using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Service(), "{ weather }", purpose: "test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
