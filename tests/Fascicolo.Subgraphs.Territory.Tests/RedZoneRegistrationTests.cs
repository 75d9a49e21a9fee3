using System.Text.Json;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// <c>registerRedZoneContact</c>: a red-zone house number registered with its household's phones,
/// all in one transaction; every refusal is coded and writes nothing. Each test registers people
/// no other test uses, so the tests stay independent on the shared database.
/// </summary>
public sealed class RedZoneRegistrationTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string Mutation = """
        mutation Register($input: RegisterRedZoneContactInput!) {
          registerRedZoneContact(input: $input) {
            id registeredAt
            building { id inFloodRedZone floodRedZone { id } }
            registrant { fiscalCode }
            members { citizen { fiscalCode } phone }
          }
        }
        """;

    private string RedZoneBuilding => fixture.City.FloodRedZones().SelectMany(z => z.BuildingIds).First();

    private string OrdinaryBuilding => fixture.City.Buildings.First(b => fixture.City.FloodRedZoneOf(b.Id) is null).Id;

    [Fact]
    public async Task Register_Should_StoreTheHouseholdWithE164Phones_When_TheBuildingIsInARedZone()
    {
        var (registrant, partner) = (Resident(0), Resident(1));

        using var response = await RegisterAsync(RedZoneBuilding, registrant, (registrant, "+39 347 123 4567"), (partner, "010 557 1111"));

        var registration = response.Data().GetProperty("registerRedZoneContact");
        Assert.Matches("^RZR-[0-9]{8}$", registration.GetProperty("id").GetString());
        Assert.Equal(fixture.Now.UtcDateTime, registration.GetProperty("registeredAt").GetDateTime().ToUniversalTime());
        Assert.Equal(RedZoneBuilding, registration.GetProperty("building").GetProperty("id").GetString());
        Assert.True(registration.GetProperty("building").GetProperty("inFloodRedZone").GetBoolean());
        Assert.Equal(registrant, registration.GetProperty("registrant").GetProperty("fiscalCode").GetString());
        Assert.Equal(
            [(registrant, "+393471234567"), (partner, "+390105571111")],
            registration.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("citizen").GetProperty("fiscalCode").GetString(), m.GetProperty("phone").GetString())));

        // The partner sees the registration they are named in.
        using var citizen = await fixture.Host.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { redZoneRegistrations { id building { id } members { phone } } } } }",
            new { r = new object[] { EntityRepresentations.Representation("Citizen", "fiscalCode", partner) } });
        var registrations = citizen.Data().GetProperty("_entities")[0].GetProperty("redZoneRegistrations");
        Assert.Equal(registration.GetProperty("id").GetString(), Assert.Single(registrations.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Register_Should_RefuseTheWholeRegistration_When_AMemberIsAlreadyRegisteredThere()
    {
        var (first, second, third) = (Resident(2), Resident(3), Resident(4));
        using (var registered = await RegisterAsync(RedZoneBuilding, first, (first, "3471111111")))
        {
            registered.Data();
        }

        var before = await fixture.RedZoneRowCountsAsync();
        using var response = await RegisterAsync(RedZoneBuilding, second, (second, "3472222222"), (first, "3473333333"), (third, "3474444444"));

        var error = response.SingleError();
        Assert.Equal("RED_ZONE_ALREADY_REGISTERED", error.Extension("code"));
        Assert.Contains(first, error.Extension("fiscalCodes"), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.RedZoneRowCountsAsync());
    }

    [Fact]
    public async Task Register_Should_AcceptThePersonAtAnotherBuilding_When_RegisteredAtOneAlready()
    {
        var person = Resident(5);
        var buildings = fixture.City.FloodRedZones().SelectMany(z => z.BuildingIds).Take(2).ToList();
        Assert.Equal(2, buildings.Count);
        using (var registered = await RegisterAsync(buildings[0], person, (person, "3475555555")))
        {
            registered.Data();
        }

        using var response = await RegisterAsync(buildings[1], person, (person, "3475555555"));

        Assert.Equal(buildings[1], response.Data().GetProperty("registerRedZoneContact").GetProperty("building").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Register_Should_FailWithBuildingNotFound_When_TheBuildingIsUnknown() =>
        await AssertRefusedAsync("BUILDING_NOT_FOUND", "BLD-D969-999999", (Resident(6), "3476666666"));

    [Fact]
    public async Task Register_Should_FailWithNotInRedZone_When_TheBuildingIsNotFlagged() =>
        await AssertRefusedAsync("BUILDING_NOT_IN_RED_ZONE", OrdinaryBuilding, (Resident(7), "3477777777"));

    [Fact]
    public async Task Register_Should_FailWithMembersRequired_When_NoMemberIsGiven() =>
        await AssertRefusedAsync("RED_ZONE_MEMBERS_REQUIRED", RedZoneBuilding);

    [Fact]
    public async Task Register_Should_FailWithDuplicateMember_When_AFiscalCodeIsGivenTwice()
    {
        var person = Resident(8);

        var error = await AssertRefusedAsync("RED_ZONE_DUPLICATE_MEMBER", RedZoneBuilding, (person, "3478888888"), (person, "0105571111"));

        Assert.Equal("members[1].fiscalCode", error.Extension("field"));
    }

    [Fact]
    public async Task Register_Should_FailWithTooManyMembers_When_OverTwentyAreGiven()
    {
        var members = Enumerable.Range(20, 21).Select(i => (Resident(i), "3479999999")).ToArray();

        await AssertRefusedAsync("RED_ZONE_TOO_MANY_MEMBERS", RedZoneBuilding, members);
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "NOT_ITALIAN")]
    [InlineData("800 123456", "UNKNOWN_PREFIX")]
    [InlineData("347 12", "INVALID_LENGTH")]
    [InlineData("call me", "INVALID_CHARACTERS")]
    [InlineData("", "EMPTY")]
    public async Task Register_Should_FailWithInvalidPhoneNumber_When_APhoneCannotBeNormalised(string phone, string reason)
    {
        var error = await AssertRefusedAsync("INVALID_PHONE_NUMBER", RedZoneBuilding, (Resident(9), "3470000000"), (Resident(10), phone));

        Assert.Equal("members[1].phone", error.Extension("field"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Register_Should_FailWithInvalidFiscalCode_When_AMembersCodeIsInvalid()
    {
        var error = await AssertRefusedAsync("INVALID_FISCAL_CODE", RedZoneBuilding, (Resident(11), "3470000000"), ("RSSMRA45D25F205X", "3470000001"));

        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Register_Should_FailWithInvalidFiscalCode_When_TheRegistrantsCodeIsInvalid() =>
        await AssertRefusedAsync("INVALID_FISCAL_CODE", RedZoneBuilding, registrant: "RSSMRA45", members: [(Resident(12), "3470000000")]);

    private string Resident(int index) => fixture.City.Residents.Where(r => r.AgeOn(fixture.Today) >= 18).ElementAt(100 + index).FiscalCode;

    private async Task<JsonElement> AssertRefusedAsync(string code, string buildingId, params (string FiscalCode, string Phone)[] members) =>
        await AssertRefusedAsync(code, buildingId, members.Length > 0 ? members[0].FiscalCode : Resident(13), members);

    private async Task<JsonElement> AssertRefusedAsync(string code, string buildingId, string registrant, (string FiscalCode, string Phone)[] members)
    {
        var before = await fixture.RedZoneRowCountsAsync();

        using var response = await RegisterAsync(buildingId, registrant, members);

        var error = response.SingleError();
        Assert.Equal(code, error.Extension("code"));
        Assert.Equal(before, await fixture.RedZoneRowCountsAsync());
        return error.Clone();
    }

    // As a territory desk, which may register anyone (a citizen only themselves and their wards: see AccessTests).
    private Task<JsonDocument> RegisterAsync(string buildingId, string registrant, params (string FiscalCode, string Phone)[] members) =>
        fixture.Host.QueryAsync(
            Mutation,
            new
            {
                input = new
                {
                    buildingId,
                    registrantFiscalCode = registrant,
                    members = members.Select(m => new { fiscalCode = m.FiscalCode, phone = m.Phone }).ToArray(),
                },
            },
            TestCallers.Operator("territory"));
}
