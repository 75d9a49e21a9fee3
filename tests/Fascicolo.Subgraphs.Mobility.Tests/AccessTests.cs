using System.Text.Json;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// Who may read whose cars and fines, and that the public timetable and notices need nobody: the kit's
/// policy on this subgraph's marks, through HTTP with signed callers, on the vehicle-owner persona (read
/// by the parent persona as the "other citizen").
/// </summary>
[Collection(SeededMobility.Name)]
public sealed class AccessTests(MobilityFixture fixture)
{
    private const string Subgraph = "mobility";

    private const string CitizenCars = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { vehicles { plate make trafficFines { number amountDue { cents } } } }
          }
        }
        """;

    private static readonly string[] CitizenCarFields =
        ["Citizen.vehicles", "TrafficFine.amountDue", "TrafficFine.number", "Vehicle.make", "Vehicle.trafficFines"];

    private string VehicleOwner => fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;

    private string Parent => fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode;

    private TrafficFine UnpaidFine => fixture.City.TrafficFinesOf(PersonaMobility.VehicleOwnerPlate).Single(f => f.PaidOn is null);

    [Fact]
    public async Task Vehicles_Should_ReturnTheCarsAndAuditTheRead_When_ACitizenAtLevel2ReadsTheirOwn()
    {
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        var car = Assert.Single(response.Data().GetProperty("_entities")[0].GetProperty("vehicles").EnumerateArray());
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, car.GetProperty("plate").GetString());
        Assert.Contains(car.GetProperty("trafficFines").EnumerateArray(), f => f.GetProperty("number").GetString() == UnpaidFine.Number);
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (VehicleOwner, CitizenCarFields));
    }

    [Fact]
    public async Task Vehicles_Should_BeRefusedWithNotYourDataAndLeakNothing_When_ACitizenReadsAnothers()
    {
        var caller = TestCallers.Citizen(Parent);

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "vehicles");
        response.AssertNowhere(PersonaMobility.VehicleOwnerPlate, UnpaidFine.Number);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Vehicles_Should_BeRefused_When_ACitizenAsksByAnOmocodicVariantOfAnotherPersonsCode()
    {
        var caller = TestCallers.Citizen(Parent);

        // The same person's code with its last digit written as a letter: a different string the FiscalCode scalar accepts as issued.
        using var response = await QueryCitizenAsync(FiscalCodeGenerator.ApplyOmocodia(VehicleOwner, 1), caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "vehicles");
        response.AssertNowhere(PersonaMobility.VehicleOwnerPlate, UnpaidFine.Number);
    }

    [Fact]
    public async Task Vehicles_Should_BeRefusedWithAssuranceTooLow_When_TheCitizenSignedInAtLevel1()
    {
        var caller = TestCallers.Citizen(VehicleOwner, assurance: 1);

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        response.AssertRefused(AccessRefusalReasons.AssuranceTooLow, "_entities", 0, "vehicles");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Vehicles_Should_ReturnTheCarsAndAuditThePurpose_When_AMobilityOperatorStatesAPurpose()
    {
        var caller = TestCallers.Operator("mobility", purpose: "verifica permesso ZTL");

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        var car = Assert.Single(response.Data().GetProperty("_entities")[0].GetProperty("vehicles").EnumerateArray());
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, car.GetProperty("plate").GetString());
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (VehicleOwner, CitizenCarFields));
    }

    public static TheoryData<string, string?, string, string> RefusedOperators() => new()
    {
        { "payments", TestCallers.Purpose, TestCallers.Ente, AccessRefusalReasons.OtherDepartment },
        { "mobility", null, TestCallers.Ente, AccessRefusalReasons.PurposeRequired },
        { "mobility", TestCallers.Purpose, "H501", AccessRefusalReasons.OtherEnte },
    };

    [Theory]
    [MemberData(nameof(RefusedOperators))]
    public async Task Vehicles_Should_BeRefused_When_TheOperatorIsNotOfThisDeskOrStatesNoPurpose(string department, string? purpose, string ente, string reason)
    {
        var caller = TestCallers.Operator(department, purpose, ente);

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        response.AssertRefused(reason, "_entities", 0, "vehicles");
        response.AssertNowhere(PersonaMobility.VehicleOwnerPlate);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Vehicles_Should_BeRefusedWithRoleNotAllowed_When_AnAnalystAsks()
    {
        var caller = TestCallers.Analyst();

        using var response = await QueryCitizenAsync(VehicleOwner, caller);

        response.AssertRefused(AccessRefusalReasons.RoleNotAllowed, "_entities", 0, "vehicles");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Vehicle_Should_AnswerThePlateButRefuseTheOwnersData_When_AnonymousCallersAsk()
    {
        var caller = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync(
            "query($plate: String!) { vehicle(plate: $plate) { plate vehicleTax { amount { cents } } } }", new { plate = PersonaMobility.VehicleOwnerPlate }, caller);

        response.AssertRefused(AccessRefusalReasons.AuthenticationRequired, "vehicle", "vehicleTax");
        Assert.Equal(PersonaMobility.VehicleOwnerPlate, response.RootElement.GetProperty("data").GetProperty("vehicle").GetProperty("plate").GetString());
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task PublicFields_Should_AnswerWithoutErrors_When_AnonymousCallersAsk()
    {
        var caller = TestCallers.Anonymous();

        using var lists = await fixture.Host.QueryAsync(
            """
            {
              routes { id }
              trafficNews(first: 3) { edges { node { id } } }
              stopsNear(latitude: 44.4072, longitude: 8.9338, radiusMetres: 1000, first: 1) { stop { id } }
              vehicleTaxEstimate(powerKw: 85, fuel: PETROL, registrationDate: "2020-05-01") { amount { cents } }
            }
            """,
            null,
            caller);
        var data = lists.Data();
        var stop = data.GetProperty("stopsNear")[0].GetProperty("stop").GetProperty("id").GetString();
        var route = data.GetProperty("routes")[0].GetProperty("id").GetString();
        using var byId = await fixture.Host.QueryAsync(
            "query($stop: ID!, $route: ID!) { transitStop(id: $stop) { name } departures(stopId: $stop, first: 2) { headsign } route(id: $route) { shortName } }",
            new { stop, route },
            caller);

        Assert.True(data.GetProperty("trafficNews").GetProperty("edges").GetArrayLength() > 0);
        Assert.True(data.GetProperty("vehicleTaxEstimate").Cents("amount") > 0);
        Assert.False(byId.Data().GetProperty("transitStop").IsNull());
        Assert.False(byId.Data().GetProperty("route").IsNull());
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task TrafficFine_Should_BeRefused_When_ACitizenLooksUpAnotherPersonsVerbale()
    {
        var caller = TestCallers.Citizen(Parent);

        using var response = await QueryFineAsync(caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "trafficFine", "place");
        response.AssertNowhere(UnpaidFine.Place, VehicleOwner);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task TrafficFine_Should_ReturnTheFineAndAuditTheRead_When_ItsDebtorLooksItUp()
    {
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await QueryFineAsync(caller);

        Assert.Equal(UnpaidFine.Place, response.Data().GetProperty("trafficFine").GetProperty("place").GetString());
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (VehicleOwner, ["TrafficFine.amountDue", "TrafficFine.debtor", "TrafficFine.place"]));
    }

    [Fact]
    public async Task VehicleEntities_Should_BeRefused_When_ACitizenSendsAnotherPersonsPlate()
    {
        var caller = TestCallers.Citizen(Parent);
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Vehicle", ["plate"] = PersonaMobility.VehicleOwnerPlate }];

        using var response = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Vehicle { make owner { fiscalCode } } } }",
            new { representations },
            caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "owner");
        response.AssertNowhere(VehicleOwner);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    private Task<JsonDocument> QueryCitizenAsync(string fiscalCode, Caller caller)
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = fiscalCode }];
        return fixture.Host.QueryAsync(CitizenCars, new { representations }, caller);
    }

    private Task<JsonDocument> QueryFineAsync(Caller caller) => fixture.Host.QueryAsync(
        "query($number: String!, $plate: String!) { trafficFine(number: $number, plate: $plate) { place amountDue { cents } debtor { fiscalCode } } }",
        new { number = UnpaidFine.Number, plate = PersonaMobility.VehicleOwnerPlate },
        caller);
}
