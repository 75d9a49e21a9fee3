using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>
/// The gateway refuses <c>@personalData</c> fields (here <c>Person.name</c> and <c>Person.wards</c>) up
/// front to callers who may read none, without asking any subgraph for them; the rest of the response stands.
/// </summary>
public sealed partial class PersonalDataRefusalTests(IdentityGatewayFixture fixture) : IClassFixture<IdentityGatewayFixture>
{
    private const string PersonQuery = "query Person($fiscalCode: String!) { person(fiscalCode: $fiscalCode) { fiscalCode name school } }";

    public static TheoryData<string, string> RefusedCallers() => new()
    {
        { "anonymous", "AUTHENTICATION_REQUIRED" },
        { "analyst", "ROLE_NOT_ALLOWED" },
        { "citizen-loa1", "ASSURANCE_TOO_LOW" },
        { "operator-without-purpose", "PURPOSE_REQUIRED" },
        { "service-without-purpose", "PURPOSE_REQUIRED" },
    };

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task PersonalField_Should_BeNullWithForbiddenAndNeverFetched_When_TheCallerMayReadNoPersonalData(string who, string reason)
    {
        var before = fixture.People.Requests.Count;

        using var response = await fixture.Gateway.PostAsAsync(Token(who), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Stranger });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var person = body.RootElement.GetProperty("data").GetProperty("person");
        Assert.Equal(JsonValueKind.Null, person.GetProperty("name").ValueKind);
        Assert.Equal(IdentityGatewayFixture.Stranger, person.GetProperty("fiscalCode").GetString());
        Assert.Equal("Scuola Pascoli", person.GetProperty("school").GetString());
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["person","name"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(PersonalDataRefusals.Code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(reason, error.GetProperty("extensions").GetProperty("reason").GetString());
        Assert.DoesNotContain(fixture.People.Requests.Skip(before), r => NameField().IsMatch(r.Query) && !r.Query.Contains("wards", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("citizen")]
    [InlineData("service")]
    public async Task PersonalField_Should_BeLeftToTheSubgraph_When_TheCallerMayReadSomePersonalData(string who)
    {
        var before = fixture.People.Requests.Count;

        using var body = await fixture.Gateway.QueryAsAsync(Token(who), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Stranger }, purpose: who == "service" ? "test" : null);

        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.StartsWith(IdentityGatewayFixture.Stranger + " as seen by " + who, body.RootElement.GetProperty("data").GetProperty("person").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains(fixture.People.Requests.Skip(before), r => NameField().IsMatch(r.Query));
    }

    [Fact]
    public async Task PublicField_Should_BeAnsweredToAnyone_When_NothingPersonalIsAsked()
    {
        using var body = await fixture.Gateway.QueryAsAsync(Token("analyst"), "{ weather schoolCount }");

        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("sunny", body.RootElement.GetProperty("data").GetProperty("weather").GetString());
    }

    private string? Token(string who) => who switch
    {
        "anonymous" => null,
        "analyst" => fixture.Identity.Mint(new DevelopmentTokenRequest(CallerRoles.Analyst, "analyst-1", null, null, null, null, TimeSpan.FromMinutes(5))),
        "citizen-loa1" => fixture.Identity.Citizen(IdentityGatewayFixture.Stranger, loa: 1),
        "citizen" => fixture.Identity.Citizen(IdentityGatewayFixture.Stranger),
        "operator-without-purpose" => fixture.Identity.Operator(),
        "service-without-purpose" or "service" => fixture.Identity.Service(),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    // The field `name` itself, not `__typename`.
    [GeneratedRegex(@"\bname\b")]
    private static partial Regex NameField();
}
