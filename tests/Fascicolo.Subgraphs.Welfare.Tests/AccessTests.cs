using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// Who may read the social folder, through HTTP with the internal token of each kind of caller, on the
/// welfare persona Sara: she may read her own, the social department's desks may (with a purpose), and
/// nobody else; the offices and the benefit catalogue are public. The mutations' refusals are in
/// <see cref="MutationTests"/>, whose database may be written.
/// </summary>
[Collection(SeededWelfare.Name)]
public sealed class AccessTests(WelfareFixture fixture)
{
    private const string Folder = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              socialFolder {
                cases { id status office { code } history { note } }
                benefits { code monthlyAmount { cents } }
                latestIsee { protocol isee { cents } }
              }
            }
          }
        }
        """;

    private const string HouseholdFolder = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Household { id socialFolder { latestIsee { protocol isee { cents } } } } }
        }
        """;

    private Resident Sara => fixture.WelfareRecipient;

    private SocialCase SaraCase => fixture.City.SocialCasesOf(Sara.FiscalCode).Single();

    private IseeAttestation SaraIsee => fixture.City.IseeAttestationsOf(Sara.HouseholdId)[^1];

    private string Stranger => fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

    [Fact]
    public async Task Citizen_Should_ReadTheirOwnFolder_When_SignedInAtLevelTwo()
    {
        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Citizen(Sara.FiscalCode));

        var folder = response.Data().GetProperty("_entities")[0].GetProperty("socialFolder");
        Assert.Equal(SaraCase.Id, folder.GetProperty("cases")[0].GetProperty("id").GetString());
        Assert.Equal(SaraIsee.Protocol, folder.GetProperty("latestIsee").GetProperty("protocol").GetString());
    }

    [Fact]
    public async Task Citizen_Should_GetNullAndNotYourData_When_ReadingAnotherCitizensFolder()
    {
        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Citizen(Stranger));

        // The refused field is null; the citizen (only its key) stands.
        Assert.True(response.RootElement.GetProperty("data").GetProperty("_entities")[0].GetProperty("socialFolder").IsNull());
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "socialFolder");
        response.AssertNowhere(SaraCase.Id, SaraIsee.Protocol);
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_ReadingAnotherCitizensCaseOrIseeByItsKey()
    {
        var stranger = TestCallers.Citizen(Stranger);

        using var byCase = await fixture.Host.QueryAsync(
            "query($id: ID!) { socialCase(id: $id) { status socialWorker person { fiscalCode } } }", new { id = SaraCase.Id }, stranger);
        using var byIsee = await fixture.Host.QueryAsync(
            "query($protocol: String!) { iseeAttestation(protocol: $protocol) { isee { cents } declarant { fiscalCode } } }", new { protocol = SaraIsee.Protocol }, stranger);
        using var byEntity = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on SocialCase { status person { fiscalCode } } } }",
            new { representations = new[] { Representation("SocialCase", "id", SaraCase.Id) } },
            stranger);

        byCase.AssertRefused("NOT_YOUR_DATA", "socialCase", "status");
        byIsee.AssertRefused("NOT_YOUR_DATA", "iseeAttestation", "isee");
        byEntity.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "status");
        foreach (var response in new[] { byCase, byIsee, byEntity })
        {
            response.AssertNowhere(Sara.FiscalCode, SaraCase.SocialWorker);
        }
    }

    [Fact]
    public async Task Citizen_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Citizen(Sara.FiscalCode, assurance: 1));

        response.AssertRefused("ASSURANCE_TOO_LOW", "_entities", 0, "socialFolder");
        response.AssertNowhere(SaraCase.Id);
    }

    [Fact]
    public async Task Citizen_Should_ReadTheirHouseholdsFolder_When_TheyAreAMemberWelfareKnows()
    {
        using var own = await fixture.Host.QueryAsync(HouseholdFolder, OfHousehold(Sara.HouseholdId), TestCallers.Citizen(Sara.FiscalCode));
        using var foreign = await fixture.Host.QueryAsync(HouseholdFolder, OfHousehold(Sara.HouseholdId), TestCallers.Citizen(Stranger));

        Assert.Equal(SaraIsee.Protocol, own.Data().GetProperty("_entities")[0].GetProperty("socialFolder").GetProperty("latestIsee").GetProperty("protocol").GetString());
        foreign.AssertForbidden("NOT_YOUR_DATA", "_entities", 0, "socialFolder");
        foreign.AssertNowhere(SaraIsee.Protocol);
    }

    [Fact]
    public async Task Operator_Should_ReadTheFolder_When_OfTheSocialDepartmentWithAPurpose()
    {
        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Operator("social"));

        Assert.Equal(SaraCase.Id, response.Data().GetProperty("_entities")[0].GetProperty("socialFolder").GetProperty("cases")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("education", null, null, "OTHER_DEPARTMENT")]
    [InlineData("social", "A388", null, "OTHER_ENTE")]
    [InlineData("social", null, "none", "PURPOSE_REQUIRED")]
    public async Task Operator_Should_BeRefused_When_OfAnotherDepartmentOrEnteOrWithoutPurpose(string department, string? ente, string? noPurpose, string reason)
    {
        var desk = TestCallers.Operator(department, purpose: noPurpose is null ? TestCallers.Purpose : null, ente: ente ?? TestCallers.Ente);

        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), desk);

        response.AssertRefused(reason, "_entities", 0, "socialFolder");
        response.AssertNowhere(SaraCase.Id);
    }

    [Fact]
    public async Task Analyst_Should_GetRoleNotAllowed_When_ReadingAFolder()
    {
        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Analyst());

        response.AssertForbidden("ROLE_NOT_ALLOWED", "_entities", 0, "socialFolder");
        response.AssertNowhere(SaraCase.Id);
    }

    [Fact]
    public async Task Anonymous_Should_ReadOfficesAndTheCatalogueButNoFolder_When_CallingWithoutSigningIn()
    {
        var anonymous = TestCallers.Anonymous();

        using var reference = await fixture.Host.QueryAsync("{ socialOffices { code name } welfareBenefitTypes { code name } }", null, anonymous);
        using var folder = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), TestCallers.Anonymous());

        Assert.Equal(fixture.City.SocialOffices().Count, reference.Data().GetProperty("socialOffices").GetArrayLength());
        Assert.Equal(BenefitCatalogue.All.Count, reference.Data().GetProperty("welfareBenefitTypes").GetArrayLength());
        await AccessAssertions.AssertNotAuditedAsync(anonymous);
        folder.AssertForbidden("AUTHENTICATION_REQUIRED", "_entities", 0, "socialFolder");
        folder.AssertNowhere(SaraCase.Id);
    }

    [Fact]
    public async Task Worklist_Should_BeRefused_When_ACitizenOrAnotherDepartmentAsks()
    {
        const string Worklist = "query($office: String!) { socialCases(officeCode: $office, first: 5) { edges { cursor node { id } } } }";

        using var citizen = await fixture.Host.QueryAsync(Worklist, new { office = SaraCase.OfficeCode }, TestCallers.Citizen(Sara.FiscalCode));
        using var education = await fixture.Host.QueryAsync(Worklist, new { office = SaraCase.OfficeCode }, TestCallers.Operator("education"));
        using var desk = await fixture.Host.QueryAsync(Worklist, new { office = SaraCase.OfficeCode }, TestCallers.Operator("social"));

        citizen.AssertForbidden("ROLE_NOT_ALLOWED", "socialCases");
        education.AssertForbidden("OTHER_DEPARTMENT", "socialCases");
        citizen.AssertNowhere("edges");
        education.AssertNowhere("edges");
        Assert.NotEmpty(desk.Data().GetProperty("socialCases").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task AccessLog_Should_RecordTheReadsOfEveryPersonWhoseDataWasRead_When_AnOperatorReadsAFolder()
    {
        var desk = TestCallers.Operator("social", purpose: "presa in carico");

        using var response = await fixture.Host.QueryAsync(Folder, Of(Sara.FiscalCode), desk);

        Assert.NotEmpty(response.Data().GetProperty("_entities")[0].GetProperty("socialFolder").GetProperty("cases").EnumerateArray());
        var entries = (await TestAccessLog.ReadByRequestAsync(desk.RequestId)).ToDictionary(e => e.DataSubject);
        Assert.All(entries.Values, e => Assert.Equal(
            ("welfare", CallerRoles.Operator, "D969", "social", "presa in carico"),
            (e.Subgraph, e.ActorRole, e.ActorEnte, e.ActorDepartment, e.Purpose)));
        Assert.Equal(
            [
                "Citizen.socialFolder", "IseeAttestation.isee", "IseeAttestation.protocol", "SocialCase.history", "SocialCase.id", "SocialCase.office", "SocialCase.status",
                "SocialCaseEvent.note", "SocialFolder.benefits", "SocialFolder.cases", "SocialFolder.latestIsee", "WelfareBenefit.code", "WelfareBenefit.monthlyAmount",
            ],
            entries[Sara.FiscalCode].Fields);
        // The ISEE is her daughter's too (a member of the ISEE household): only its fields are logged for her.
        var daughter = fixture.City.FindHousehold(Sara.HouseholdId)!.Members.Single(m => m.RelationshipCode == RelationshipCodes.Child).FiscalCode;
        Assert.Equal(["IseeAttestation.isee", "IseeAttestation.protocol"], entries[daughter].Fields);
    }

    private static object Of(string fiscalCode) => new { representations = new[] { Representation("Citizen", "fiscalCode", fiscalCode) } };

    private static object OfHousehold(string id) => new { representations = new[] { Representation("Household", "id", id) } };
}
