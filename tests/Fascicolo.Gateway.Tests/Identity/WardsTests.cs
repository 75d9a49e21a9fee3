using System.Net;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>A citizen's wards: looked up as that citizen, carried in every internal token, kept for a while.</summary>
public sealed class WardsTests(IdentityGatewayFixture fixture) : IClassFixture<IdentityGatewayFixture>
{
    private const string PersonQuery = "query Person($fiscalCode: String!) { person(fiscalCode: $fiscalCode) { name school } }";

    [Fact]
    public async Task Parent_Should_CarryTheirChildAsWard_When_TheRegistryNamesThem()
    {
        var (people, schools) = (fixture.People.Requests.Count, fixture.Schools.Requests.Count);

        using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Citizen(IdentityGatewayFixture.Parent), PersonQuery, new { fiscalCode = IdentityGatewayFixture.Pupil });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = fixture.People.Requests.Skip(people).ToList();
        var lookup = Assert.Single(received, r => r.Query.Contains("wards", StringComparison.Ordinal));
        Assert.Equal(IdentityGatewayFixture.Parent, lookup.Caller!.Subject);
        Assert.Equal(CallerRoles.Citizen, lookup.Caller.Role);
        Assert.Empty(lookup.Caller.Wards);
        var read = Assert.Single(received, r => r.Query.Contains("name", StringComparison.Ordinal));
        Assert.Equal([IdentityGatewayFixture.Pupil], read.Caller!.Wards);
        Assert.Equal([IdentityGatewayFixture.Pupil], fixture.Schools.Requests.Skip(schools).Single().Caller!.Wards);
        Assert.Equal(lookup.Caller.RequestId, read.Caller.RequestId);
    }

    [Fact]
    public async Task Lookup_Should_RunOncePerCitizen_When_TheyMakeSeveralRequests()
    {
        const string Citizen = "GHGPLA64A25D969M";
        var before = fixture.People.Requests.Count;

        for (var i = 0; i < 3; i++)
        {
            using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Citizen(Citizen), "{ weather }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var lookup = Assert.Single(fixture.People.Requests.Skip(before), r => r.Query.Contains("wards", StringComparison.Ordinal));
        Assert.Equal(Citizen, lookup.Caller!.Subject);
    }

    [Fact]
    public async Task Citizen_Should_BeServedWithoutWards_When_TheLookupFails()
    {
        var before = fixture.People.Requests.Count;

        for (var i = 0; i < 2; i++)
        {
            using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Citizen(IdentityGatewayFixture.Unlucky), "{ weather }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var received = fixture.People.Requests.Skip(before).ToList();
        Assert.All(received.Where(r => r.Query.Contains("weather", StringComparison.Ordinal)), r => Assert.Empty(r.Caller!.Wards));

        // A failure is not kept: the next request asks again.
        Assert.Equal(2, received.Count(r => r.Query.Contains("wards", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Operator_Should_HaveNoWardsLookedUp_When_Calling()
    {
        var before = fixture.People.Requests.Count;

        using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Operator(), "{ weather }", purpose: "test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(fixture.People.Requests.Skip(before), r => r.Query.Contains("wards", StringComparison.Ordinal));
    }
}
