using System.Net;
using System.Text.Json;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>Bearer tokens at <c>/graphql</c>: who gets in, who gets a 401, and what the subgraphs are told.</summary>
public sealed class AuthenticationTests(IdentityGatewayFixture fixture) : IClassFixture<IdentityGatewayFixture>
{
    private const string PersonQuery = "query Person($fiscalCode: String!) { person(fiscalCode: $fiscalCode) { name school } }";

    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Anonymous_Should_ReadPublicData_When_NoAuthorizationHeaderIsSent()
    {
        var before = fixture.People.Requests.Count;

        using var response = await Gateway.PostAsAsync(token: null, "{ weather }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("sunny", body.RootElement.GetProperty("data").GetProperty("weather").GetString());
        var received = fixture.People.Requests.Skip(before).Single();
        Assert.Equal(CallerRoles.Anonymous, received.Caller!.Role);
        Assert.Null(received.Caller.Subject);
    }

    [Fact]
    public async Task Citizen_Should_ReachEverySubgraphWithAnInternalTokenOfItsOwn_When_TheTokenIsValid()
    {
        var (people, schools) = (fixture.People.Requests.Count, fixture.Schools.Requests.Count);

        using var response = await Gateway.PostAsAsync(fixture.Identity.Citizen(IdentityGatewayFixture.Stranger), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Stranger });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var person = body.RootElement.GetProperty("data").GetProperty("person");
        Assert.Equal($"{IdentityGatewayFixture.Stranger} as seen by citizen:{IdentityGatewayFixture.Stranger}", person.GetProperty("name").GetString());
        Assert.Equal("Scuola Pascoli", person.GetProperty("school").GetString());
        var toPeople = fixture.People.Requests.Skip(people).Last();
        var toSchools = fixture.Schools.Requests.Skip(schools).Single();
        foreach (var caller in new[] { toPeople.Caller!, toSchools.Caller! })
        {
            Assert.Equal(new[] { CallerRoles.Citizen, IdentityGatewayFixture.Stranger }, new[] { caller.Role, caller.Subject });
            Assert.Equal(2, caller.Assurance);
        }

        // Each subgraph got its own token (audience = that subgraph; the stub checked it), for the same client request.
        Assert.NotEqual(toPeople.Authorization, toSchools.Authorization);
        Assert.Equal(toPeople.Caller!.RequestId, toSchools.Caller!.RequestId);
        Assert.Equal(toPeople.Caller.RequestId, Assert.Single(response.Headers.GetValues(CallerIdentification.RequestIdHeader)));
    }

    public static TheoryData<string, string> InvalidTokens() => new()
    {
        { "expired", "expired at" },
        { "foreign-key", "signature is invalid" },
        { "wrong-audience", "audience is not this gateway" },
        { "wrong-issuer", "issuer 'https://evil.example'" },
        { "alg-none", "not signed" },
        { "malformed", "not a well-formed JWT" },
        { "internal-token", "issuer 'fascicolo-gateway'" },
        { "unknown-role", "role 'mayor'" },
        { "invalid-fiscal-code", "not a valid fiscal code" },
        { "operator-without-department", "ente and the department" },
        { "citizen-without-fiscal-code", "must carry the fiscal number" },
    };

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task Gateway_Should_AnswerUnauthorizedWithoutCallingAnySubgraph_When_TheTokenIsInvalid(string kind, string description)
    {
        var (people, schools) = (fixture.People.Requests.Count + fixture.People.Refusals.Count, fixture.Schools.Requests.Count + fixture.Schools.Refusals.Count);

        using var response = await Gateway.PostAsAsync(Token(kind), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Stranger });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\", error_description=\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains(description, challenge.Parameter, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(description, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(people, fixture.People.Requests.Count + fixture.People.Refusals.Count);
        Assert.Equal(schools, fixture.Schools.Requests.Count + fixture.Schools.Refusals.Count);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Token abc")]
    public async Task Gateway_Should_AnswerUnauthorized_When_TheAuthorizationHeaderIsNotABearerToken(string authorization)
    {
        using var response = await Gateway.PostAsAsync(token: null, "{ weather }", authorization: authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.StartsWith("error=\"invalid_request\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_Should_ForwardThePurposeAndTheirOffice_When_TheyStateAPurpose()
    {
        var before = fixture.People.Requests.Count;

        using var body = await Gateway.QueryAsAsync(fixture.Identity.Operator(), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Stranger }, purpose: "  Pratica 2026/123: contributo affitto  ");

        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var caller = fixture.People.Requests.Skip(before).Single().Caller!;
        Assert.Equal(
            new[] { CallerRoles.Operator, "op-social-1", "D969", "social", "Pratica 2026/123: contributo affitto" },
            new[] { caller.Role, caller.Subject, caller.Ente, caller.Department, caller.Purpose });
    }

    [Theory]
    [InlineData(201)]
    [InlineData(500)]
    public async Task Gateway_Should_RefuseTheRequest_When_ThePurposeIsTooLong(int length)
    {
        var before = fixture.People.Requests.Count;

        using var response = await Gateway.PostAsAsync(fixture.Identity.Operator(), "{ weather }", purpose: new string('x', length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BAD_REQUEST", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, fixture.People.Requests.Count);
    }

    [Fact]
    public async Task Gateway_Should_AcceptAPurposeOfTheMaximumLength_When_ItIs200Characters()
    {
        using var response = await Gateway.PostAsAsync(fixture.Identity.Operator(), "{ weather }", purpose: new string('x', 200));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Gateway_Should_GiveEveryRequestItsOwnId_When_Answering()
    {
        var ids = new List<string>();
        foreach (var token in new[] { null, fixture.Identity.Service(), "garbage" })
        {
            using var response = await Gateway.PostAsAsync(token, "{ weather }", purpose: "test");
            ids.Add(Assert.Single(response.Headers.GetValues(CallerIdentification.RequestIdHeader)));
        }

        Assert.Equal(3, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    private string Token(string kind)
    {
        var identity = fixture.Identity;
        var citizen = TestIdentity.CitizenRequest(IdentityGatewayFixture.Stranger);
        return kind switch
        {
            "expired" => identity.Expired(IdentityGatewayFixture.Stranger),
            "foreign-key" => identity.MintWith(citizen, foreignKey: true),
            "wrong-audience" => identity.MintWith(citizen, identity.Settings(audience: "somebody-else")),
            "wrong-issuer" => identity.MintWith(citizen, identity.Settings(issuer: "https://evil.example")),
            "alg-none" => TestIdentity.Unsigned(IdentityGatewayFixture.Stranger),
            "malformed" => "this-is.not-a.jwt",
            "internal-token" => InternalToken(),
            "unknown-role" => identity.Mint(citizen with { Role = "mayor" }),
            "invalid-fiscal-code" => identity.Mint(citizen with { FiscalCode = "RSSMRA80A01D969X" }),
            "operator-without-department" => identity.Mint(new DevelopmentTokenRequest(CallerRoles.Operator, "op-1", null, null, "D969", null, TimeSpan.FromMinutes(5))),
            "citizen-without-fiscal-code" => identity.Mint(citizen with { FiscalCode = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>A genuine internal token (as taken off the wire between gateway and subgraph), presented to the gateway.</summary>
    private string InternalToken()
    {
        // Not disposed: the gateway signs with the same key id, and Microsoft.IdentityModel caches providers per key id.
        var key = InternalTokenKeys.LoadOrCreatePrivateKey(fixture.Identity.InternalKeyFile);
        return new InternalTokenIssuer(key).Issue(Caller.Anonymous("x") with { Role = CallerRoles.Service, Subject = "svc" }, "people", "{}"u8);
    }
}
