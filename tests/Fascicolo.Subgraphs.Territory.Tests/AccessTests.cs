using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// Who may read whose properties and red-zone registrations, who may register, and that buildings, zones
/// and alerts need nobody: the kit's policy on this subgraph's marks, through HTTP with signed callers, on
/// the parent persona's home (owned with her husband; read by the vehicle-owner persona as the "other citizen").
/// </summary>
public sealed class AccessTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string Subgraph = "territory";

    private const string CitizenProperties = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { properties { id category owners { owner { fiscalCode } share { fraction } } } }
          }
        }
        """;

    private const string Register = """
        mutation($input: RegisterRedZoneContactInput!) {
          registerRedZoneContact(input: $input) { id registrant { fiscalCode } members { citizen { fiscalCode } phone } }
        }
        """;

    private string Parent => fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode;

    private string Pupil => fixture.City.GetPersona(DemoPersonaKeys.Pupil).FiscalCode;

    private string VehicleOwner => fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner).FiscalCode;

    private IReadOnlyList<CadastralUnit> ParentsUnits => fixture.City.PropertiesOf(Parent);

    // The parent owns her home with her husband: the co-owners of her units, besides her.
    private IReadOnlyList<string> CoOwners => [.. ParentsUnits.SelectMany(u => u.Owners).Select(o => o.OwnerFiscalCode).Where(code => code != Parent).Distinct()];

    private static readonly string[] OwnersRead = ["CadastralUnit.owners"];

    private IReadOnlyList<string> RedZoneBuildings => [.. fixture.City.FloodRedZones().SelectMany(z => z.BuildingIds)];

    [Fact]
    public async Task Properties_Should_ListEveryCoOwnerAndAuditEachOfThem_When_ACitizenAtLevel2ReadsTheirOwn()
    {
        Assert.NotEmpty(CoOwners);
        var caller = TestCallers.Citizen(Parent);

        using var response = await QueryCitizenAsync(Parent, caller);

        var units = response.Data().GetProperty("_entities")[0].GetProperty("properties").EnumerateArray().ToList();
        Assert.Equal(ParentsUnits.Select(u => u.Id).Order(StringComparer.Ordinal), units.Select(u => u.GetProperty("id").GetString()));
        var owners = units.SelectMany(u => u.GetProperty("owners").EnumerateArray()).Select(o => o.GetProperty("owner").GetProperty("fiscalCode").GetString()).ToHashSet();
        Assert.All(CoOwners, code => Assert.Contains(code, owners));
        await AccessAssertions.AssertAuditedAsync(
            caller,
            Subgraph,
            PropertyReads());
    }

    [Fact]
    public async Task Properties_Should_BeRefusedWithNotYourDataAndLeakNothing_When_ACitizenReadsAnothers()
    {
        var caller = TestCallers.Citizen(VehicleOwner);

        using var response = await QueryCitizenAsync(Parent, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "properties");
        response.AssertNowhere([.. CoOwners, .. ParentsUnits.Select(u => u.Id)]);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Properties_Should_BeRefusedWithAssuranceTooLow_When_TheCitizenSignedInAtLevel1()
    {
        var caller = TestCallers.Citizen(Parent, assurance: 1);

        using var response = await QueryCitizenAsync(Parent, caller);

        response.AssertRefused(AccessRefusalReasons.AssuranceTooLow, "_entities", 0, "properties");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Properties_Should_ReturnThemAndAuditThePurpose_When_ATerritoryOperatorStatesAPurpose()
    {
        var caller = TestCallers.Operator("territory", purpose: "verifica catastale");

        using var response = await QueryCitizenAsync(Parent, caller);

        Assert.Equal(ParentsUnits.Count, response.Data().GetProperty("_entities")[0].GetProperty("properties").GetArrayLength());
        await AccessAssertions.AssertAuditedAsync(
            caller,
            Subgraph,
            PropertyReads());
    }

    public static TheoryData<string, string?, string, string> RefusedOperators() => new()
    {
        { "taxes", TestCallers.Purpose, TestCallers.Ente, AccessRefusalReasons.OtherDepartment },
        { "territory", null, TestCallers.Ente, AccessRefusalReasons.PurposeRequired },
        { "territory", TestCallers.Purpose, "H501", AccessRefusalReasons.OtherEnte },
    };

    [Theory]
    [MemberData(nameof(RefusedOperators))]
    public async Task Properties_Should_BeRefused_When_TheOperatorIsNotOfThisDeskOrStatesNoPurpose(string department, string? purpose, string ente, string reason)
    {
        var caller = TestCallers.Operator(department, purpose, ente);

        using var response = await QueryCitizenAsync(Parent, caller);

        response.AssertRefused(reason, "_entities", 0, "properties");
        response.AssertNowhere([.. CoOwners]);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Properties_Should_BeRefusedWithRoleNotAllowed_When_AnAnalystAsks()
    {
        var caller = TestCallers.Analyst();

        using var response = await QueryCitizenAsync(Parent, caller);

        response.AssertRefused(AccessRefusalReasons.RoleNotAllowed, "_entities", 0, "properties");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    public static TheoryData<string> UnitReaders() => new() { "another citizen", "anonymous" };

    [Theory]
    [MemberData(nameof(UnitReaders))]
    public async Task CadastralUnit_Should_ShowTheCadastralDataButRefuseTheOwners_When_NeitherAnOwnerNorADeskAsks(string who)
    {
        var (caller, reason) = who == "anonymous"
            ? (TestCallers.Anonymous(), AccessRefusalReasons.AuthenticationRequired)
            : (TestCallers.Citizen(VehicleOwner), AccessRefusalReasons.NotYourData);
        var home = ParentsUnits.First(u => u.DwellingId is not null);
        object[] representations = [EntityRepresentations.Representation("CadastralUnit", "id", home.Id)];

        using var response = await fixture.Host.QueryAsync(
            """
            query($id: ID!, $representations: [_Any!]!) {
              unit: cadastralUnit(id: $id) { category cadastralIncome { cents } }
              owned: cadastralUnit(id: $id) { owners { owner { fiscalCode } } }
              _entities(representations: $representations) { ... on CadastralUnit { owners { since } } }
            }
            """,
            new { id = home.Id, representations },
            caller);

        // The owners list is non-null: its refusal nulls the unit of that selection, not the other one.
        response.AssertRefused(reason, "owned", "owners");
        response.AssertRefused(reason, "_entities", 0, "owners");
        response.AssertNowhere([Parent, .. CoOwners]);
        var unit = response.RootElement.GetProperty("data").GetProperty("unit");
        Assert.Equal(home.Category, unit.GetProperty("category").GetString());
        Assert.Equal(home.CadastralIncomeCents, unit.Cents("cadastralIncome"));
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task PublicFields_Should_AnswerWithoutErrors_When_AnonymousCallersAsk()
    {
        var caller = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync(
            """
            query($building: ID!) {
              alertZones { code }
              floodRedZones { id name }
              activeCivilProtectionAlerts { id }
              civilProtectionAlerts(first: 2) { edges { node { id } } }
              buildings(first: 2) { edges { node { id } } }
              building(id: $building) { address { street } energyClass inFloodRedZone floodRedZone { id } cadastralUnits { id category } }
            }
            """,
            new { building = RedZoneBuildings[0] },
            caller);

        var data = response.Data();
        Assert.Equal(5, data.GetProperty("alertZones").GetArrayLength());
        Assert.True(data.GetProperty("building").GetProperty("inFloodRedZone").GetBoolean());
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task CondominiumAdministrator_Should_ShowThePostedNameButRefuseThePersonsCode_When_AnonymousCallersAsk()
    {
        var condominium = fixture.City.Condominiums().First(c => c.Administrator.Kind == AdministratorKind.Person);
        var caller = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { condominium(id: $id) { administrator { name citizen { fiscalCode } } } }", new { id = condominium.Id }, caller);

        response.AssertRefused(AccessRefusalReasons.AuthenticationRequired, "condominium", "administrator", "citizen");
        response.AssertNowhere(condominium.Administrator.FiscalCode);
        Assert.Equal(
            condominium.Administrator.Name,
            response.RootElement.GetProperty("data").GetProperty("condominium").GetProperty("administrator").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RegisterRedZoneContact_Should_RegisterAndLetOnlyThemReadIt_When_ACitizenRegistersThemselvesAndTheirWard()
    {
        var building = RedZoneBuildings[0];
        var caller = TestCallers.Citizen(Parent, 2, Pupil);

        using var response = await RegisterAsync(caller, building, Parent, (Parent, "347 100 0001"), (Pupil, "347 100 0002"));

        var registration = response.Data().GetProperty("registerRedZoneContact");
        Assert.Equal(Parent, registration.GetProperty("registrant").GetProperty("fiscalCode").GetString());
        string[] fields = ["RedZoneRegistration.id", "RedZoneRegistration.members", "RedZoneRegistration.registrant"];
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (Parent, fields), (Pupil, fields));
        var other = TestCallers.Citizen(VehicleOwner);
        using var refused = await QueryRegistrationsAsync(Parent, other);
        refused.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "redZoneRegistrations");
        refused.AssertNowhere("+393471000001", registration.GetProperty("id").GetString()!);
        using var own = await QueryRegistrationsAsync(Parent, TestCallers.Citizen(Parent));
        Assert.Contains("+393471000001", own.Data().GetRawText(), StringComparison.Ordinal);
    }

    public static TheoryData<string> ForeignRegistrations() => new() { "another registrant", "another adult as member" };

    [Theory]
    [MemberData(nameof(ForeignRegistrations))]
    public async Task RegisterRedZoneContact_Should_BeRefusedWithNotYourDataAndWriteNothing_When_ACitizenNamesAnotherAdult(string what)
    {
        var caller = TestCallers.Citizen(VehicleOwner);
        var before = await fixture.RedZoneRowCountsAsync();

        using var response = what == "another registrant"
            ? await RegisterAsync(caller, RedZoneBuildings[0], Parent, (VehicleOwner, "347 200 0001"))
            : await RegisterAsync(caller, RedZoneBuildings[0], VehicleOwner, (VehicleOwner, "347 200 0001"), (Parent, "347 200 0002"));

        response.AssertRefused(AccessRefusalReasons.NotYourData, "registerRedZoneContact");
        Assert.Equal(before, await fixture.RedZoneRowCountsAsync());
    }

    public static TheoryData<string> RefusedRegistrars() => new()
    {
        "service", "analyst", "anonymous", "citizen at level 1", "operator of another department", "operator without purpose",
    };

    [Theory]
    [MemberData(nameof(RefusedRegistrars))]
    public async Task RegisterRedZoneContact_Should_BeRefusedAndWriteNothing_When_TheCallerMayNotRegister(string who)
    {
        var (caller, reason) = who switch
        {
            "service" => (TestCallers.Service(), AccessRefusalReasons.RoleNotAllowed),
            "analyst" => (TestCallers.Analyst(), AccessRefusalReasons.RoleNotAllowed),
            "anonymous" => (TestCallers.Anonymous(), AccessRefusalReasons.AuthenticationRequired),
            "citizen at level 1" => (TestCallers.Citizen(VehicleOwner, assurance: 1), AccessRefusalReasons.AssuranceTooLow),
            "operator of another department" => (TestCallers.Operator("mobility"), AccessRefusalReasons.OtherDepartment),
            _ => (TestCallers.Operator("territory", purpose: null), AccessRefusalReasons.PurposeRequired),
        };
        var before = await fixture.RedZoneRowCountsAsync();

        using var response = await RegisterAsync(caller, RedZoneBuildings[0], VehicleOwner, (VehicleOwner, "347 300 0001"));

        response.AssertRefused(reason, "registerRedZoneContact");
        Assert.Equal(before, await fixture.RedZoneRowCountsAsync());
    }

    // The parent's own read of her properties, and the owners of each of her units read with them: each co-owner too.
    private (string Subject, string[] Fields)[] PropertyReads() =>
        [(Parent, ["CadastralUnit.owners", "Citizen.properties"]), .. CoOwners.Select(code => (code, OwnersRead))];

    private Task<JsonDocument> QueryCitizenAsync(string fiscalCode, Caller caller)
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode)];
        return fixture.Host.QueryAsync(CitizenProperties, new { representations }, caller);
    }

    private Task<JsonDocument> QueryRegistrationsAsync(string fiscalCode, Caller caller)
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode)];
        return fixture.Host.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { redZoneRegistrations { id members { phone } } } } }",
            new { r = representations },
            caller);
    }

    private Task<JsonDocument> RegisterAsync(Caller caller, string buildingId, string registrant, params (string FiscalCode, string Phone)[] members) =>
        fixture.Host.QueryAsync(
            Register,
            new { input = new { buildingId, registrantFiscalCode = registrant, members = members.Select(m => new { fiscalCode = m.FiscalCode, phone = m.Phone }).ToArray() } },
            caller);
}
