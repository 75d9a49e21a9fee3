using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>
/// Who may read whose procedures and businesses, and who may take a step: the kit's policy on this
/// subgraph's marks, through HTTP with signed callers, on the sole-trader persona's trattoria and SCIA
/// (read by the parent persona, who filed nothing, as the "other citizen").
/// </summary>
public sealed class AccessTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    private const string Subgraph = "permits";

    private const string CitizenPermits = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen { procedures { id title } companies { fiscalCode name } }
          }
        }
        """;

    private static readonly string[] CitizenPermitFields = ["Citizen.companies", "Citizen.procedures", "Company.name", "Procedure.title"];

    private string SoleTrader => fixture.City.GetPersona(DemoPersonaKeys.SoleTrader).FiscalCode;

    private string Parent => fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode;

    [Fact]
    public async Task Procedures_Should_ReturnThemAndAuditTheRead_When_ACitizenAtLevel2ReadsTheirOwn()
    {
        var caller = TestCallers.Citizen(SoleTrader);

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Contains(citizen.GetProperty("procedures").EnumerateArray(), p => p.GetProperty("title").GetString() == SoleTraderBusiness.ProcedureTitle);
        Assert.Contains(citizen.GetProperty("companies").EnumerateArray(), c => c.GetProperty("name").GetString() == SoleTraderBusiness.CompanyName);
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (SoleTrader, CitizenPermitFields));
    }

    [Fact]
    public async Task Procedures_Should_BeRefusedWithNotYourDataAndLeakNothing_When_ACitizenReadsAnothers()
    {
        var caller = TestCallers.Citizen(Parent);

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "procedures");
        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "companies");
        response.AssertNowhere(SoleTraderBusiness.ProcedureTitle, SoleTraderBusiness.CompanyName, SoleTraderBusiness.CompanyFiscalCode);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Procedures_Should_BeRefusedWithAssuranceTooLow_When_TheCitizenSignedInAtLevel1()
    {
        var caller = TestCallers.Citizen(SoleTrader, assurance: 1);

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        response.AssertRefused(AccessRefusalReasons.AssuranceTooLow, "_entities", 0, "procedures");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Procedures_Should_ReturnThemAndAuditThePurpose_When_APermitsOperatorStatesAPurpose()
    {
        var caller = TestCallers.Operator("permits", purpose: "istruttoria SCIA");

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Contains(citizen.GetProperty("companies").EnumerateArray(), c => c.GetProperty("name").GetString() == SoleTraderBusiness.CompanyName);
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (SoleTrader, CitizenPermitFields));
    }

    public static TheoryData<string, string?, string, string> RefusedOperators() => new()
    {
        { "territory", TestCallers.Purpose, TestCallers.Ente, AccessRefusalReasons.OtherDepartment },
        { "permits", null, TestCallers.Ente, AccessRefusalReasons.PurposeRequired },
        { "permits", TestCallers.Purpose, "H501", AccessRefusalReasons.OtherEnte },
    };

    [Theory]
    [MemberData(nameof(RefusedOperators))]
    public async Task Procedures_Should_BeRefused_When_TheOperatorIsNotOfThisDeskOrStatesNoPurpose(string department, string? purpose, string ente, string reason)
    {
        var caller = TestCallers.Operator(department, purpose, ente);

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        response.AssertRefused(reason, "_entities", 0, "procedures");
        response.AssertNowhere(SoleTraderBusiness.ProcedureTitle, SoleTraderBusiness.CompanyName);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Procedures_Should_BeRefusedWithRoleNotAllowed_When_AnAnalystAsks()
    {
        var caller = TestCallers.Analyst();

        using var response = await QueryCitizenAsync(SoleTrader, caller);

        response.AssertRefused(AccessRefusalReasons.RoleNotAllowed, "_entities", 0, "procedures");
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Procedure_Should_AnswerTheKeyButRefuseTheRest_When_AnonymousCallersAsk()
    {
        var caller = TestCallers.Anonymous();

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { procedure(id: $id) { id company { name } } }", new { id = SoleTraderBusiness.ProcedureId }, caller);

        response.AssertRefused(AccessRefusalReasons.AuthenticationRequired, "procedure", "company");
        Assert.Equal(SoleTraderBusiness.ProcedureId, response.RootElement.GetProperty("data").GetProperty("procedure").GetProperty("id").GetString());
        response.AssertNowhere(SoleTraderBusiness.CompanyName);
    }

    [Fact]
    public async Task Company_Should_BeReadByItsOwnerButRefusedToAnotherCitizen_When_LookedUpByItsFiscalCode()
    {
        const string Query = "query($code: String!) { company(fiscalCode: $code) { fiscalCode name owner { fiscalCode } } }";
        var owner = TestCallers.Citizen(SoleTrader);
        var other = TestCallers.Citizen(Parent);

        using var read = await fixture.Host.QueryAsync(Query, new { code = SoleTraderBusiness.CompanyFiscalCode }, owner);
        using var refused = await fixture.Host.QueryAsync(Query, new { code = SoleTraderBusiness.CompanyFiscalCode }, other);

        Assert.Equal(SoleTraderBusiness.CompanyName, read.Data().GetProperty("company").GetProperty("name").GetString());
        await AccessAssertions.AssertAuditedAsync(owner, Subgraph, (SoleTrader, ["Company.name", "Company.owner"]));
        refused.AssertRefused(AccessRefusalReasons.NotYourData, "company", "name");
        refused.AssertNowhere(SoleTraderBusiness.CompanyName, SoleTrader);
        await AccessAssertions.AssertNotAuditedAsync(other);
    }

    [Fact]
    public async Task ProcedureRoots_Should_BeRefused_When_ACitizenAsksForAnotherPersonsProcedureByIdProtocolOrEntity()
    {
        var scia = fixture.Procedures.Single(p => p.Id == SoleTraderBusiness.ProcedureId);
        var caller = TestCallers.Citizen(Parent);
        object[] representations = [EntityRepresentations.Representation("Procedure", "id", scia.Id)];

        using var response = await fixture.Host.QueryAsync(
            """
            query($id: ID!, $protocol: String!, $representations: [_Any!]!) {
              byId: procedure(id: $id) { title }
              byProtocol: procedureByProtocolNumber(protocolNumber: $protocol) { title }
              _entities(representations: $representations) { ... on Procedure { title applicant { fiscalCode } } }
            }
            """,
            new { id = scia.Id, protocol = scia.ProtocolNumber, representations },
            caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "byId", "title");
        response.AssertRefused(AccessRefusalReasons.NotYourData, "byProtocol", "title");
        response.AssertRefused(AccessRefusalReasons.NotYourData, "_entities", 0, "title");
        response.AssertNowhere(SoleTraderBusiness.ProcedureTitle, SoleTrader);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    [Fact]
    public async Task Worklist_Should_RefuseEveryApplicant_When_ACitizenWithoutProceduresListsThem()
    {
        Assert.Empty(fixture.City.PermitProceduresOf(Parent));
        var caller = TestCallers.Citizen(Parent);

        using var response = await fixture.Host.QueryAsync("{ procedures(first: 5) { edges { node { id applicant { fiscalCode } } } } }", null, caller);

        response.AssertRefused(AccessRefusalReasons.NotYourData, "procedures", "edges", 0, "node", "applicant");
        response.AssertNowhere([.. fixture.Procedures.OrderBy(p => p.Id, StringComparer.Ordinal).Take(5).Select(p => p.ApplicantFiscalCode)]);
        await AccessAssertions.AssertNotAuditedAsync(caller);
    }

    public static TheoryData<string> RefusedSteppers() => new()
    {
        "the applicant", "analyst", "anonymous", "operator of another department", "operator without purpose", "operator of another ente",
    };

    [Theory]
    [MemberData(nameof(RefusedSteppers))]
    public async Task AdvanceProcedure_Should_BeRefusedAndWriteNothing_When_TheCallerIsNotAPermitsOperatorOfThisEnte(string who)
    {
        var (caller, reason) = who switch
        {
            "the applicant" => (TestCallers.Citizen(SoleTrader), AccessRefusalReasons.RoleNotAllowed),
            "analyst" => (TestCallers.Analyst(), AccessRefusalReasons.RoleNotAllowed),
            "anonymous" => (TestCallers.Anonymous(), AccessRefusalReasons.AuthenticationRequired),
            "operator of another department" => (TestCallers.Operator("territory"), AccessRefusalReasons.OtherDepartment),
            "operator without purpose" => (TestCallers.Operator("permits", purpose: null), AccessRefusalReasons.PurposeRequired),
            _ => (TestCallers.Operator("permits", ente: "H501"), AccessRefusalReasons.OtherEnte),
        };
        var scia = fixture.Procedures.Single(p => p.Id == SoleTraderBusiness.ProcedureId);
        var before = await fixture.StoredAsync(scia.Id);
        var steps = await fixture.StepCountAsync();

        using var response = await fixture.Host.QueryAsync(Operations.Advance, Operations.AdvanceInput(scia.Id, "APPROVE", before.Version, note: "Approvata"), caller);

        response.AssertRefused(reason, "advanceProcedure");
        Assert.Equal(before, await fixture.StoredAsync(scia.Id));
        Assert.Equal(steps, await fixture.StepCountAsync());
    }

    [Fact]
    public async Task AdvanceProcedure_Should_TakeTheStepAndAuditTheApplicantsDataReturned_When_APermitsOperatorActs()
    {
        var procedure = fixture.Procedures.First(p => p.Id != SoleTraderBusiness.ProcedureId && p.State == ProcedureState.UnderReview);
        var caller = Operations.Desk();

        using var response = await fixture.Host.QueryAsync(
            "mutation($input: AdvanceProcedureInput!) { advanceProcedure(input: $input) { procedure { id state } step { sequence } } }",
            Operations.AdvanceInput(procedure.Id, "REQUEST_INTEGRATION", procedure.Version, note: "Trasmettere la relazione tecnica"),
            caller);

        Assert.Equal("INTEGRATION_REQUESTED", response.Data().GetProperty("advanceProcedure").GetProperty("procedure").GetProperty("state").GetString());
        await AccessAssertions.AssertAuditedAsync(caller, Subgraph, (procedure.ApplicantFiscalCode, ["Procedure.state"]));
    }

    private Task<JsonDocument> QueryCitizenAsync(string fiscalCode, Caller caller)
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode)];
        return fixture.Host.QueryAsync(CitizenPermits, new { representations }, caller);
    }
}
