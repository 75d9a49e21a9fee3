using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>
/// Who may read the registry's personal data, through HTTP with the internal token of each kind of
/// caller, on the demo personas: Giulia (the parent), her husband Andrea, their son Matteo (a minor),
/// and Paolo (the taxpayer, a stranger to them).
/// </summary>
public sealed class AccessTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string Dossier = """
        query Dossier($fiscalCode: FiscalCode!) {
          citizen(fiscalCode: $fiscalCode) {
            fiscalCode fullName birthDate
            residence { street }
            identityDocuments { number }
            wards
            household { id members { relationship { code } citizen { fiscalCode fullName } } }
          }
        }
        """;

    private const string Identity = "query($fiscalCode: FiscalCode!) { citizen(fiscalCode: $fiscalCode) { fiscalCode fullName birthDate } }";

    private const string Residence = "query($fiscalCode: FiscalCode!) { citizen(fiscalCode: $fiscalCode) { fullName residence { street } } }";

    private Resident Parent => Resident(DemoPersonaKeys.Parent);

    private Resident Pupil => Resident(DemoPersonaKeys.Pupil);

    private Resident Spouse => fixture.City.FindResident(
        fixture.City.FindHousehold(Parent.HouseholdId)!.Members.Single(m => m.RelationshipCode == RelationshipCodes.Spouse).FiscalCode)!;

    private Resident Taxpayer => Resident(DemoPersonaKeys.Taxpayer);

    [Fact]
    public async Task Citizen_Should_ReadTheirOwnDataAndTheirChildsIdentity_When_SignedInAtLevelTwo()
    {
        var parent = TestCallers.Citizen(Parent.FiscalCode, wards: Pupil.FiscalCode);

        using var response = await fixture.Host.QueryAsync(Dossier, new { fiscalCode = Parent.FiscalCode }, parent);

        var citizen = response.RootElement.GetProperty("data").GetProperty("citizen");
        Assert.Equal(Parent.FullName, citizen.GetProperty("fullName").GetString());
        Assert.False(citizen.GetProperty("residence").IsNull());
        Assert.Equal([Pupil.FiscalCode], citizen.GetProperty("wards").EnumerateArray().Select(w => w.GetString()));
        var members = citizen.GetProperty("household").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        var pupil = members.Single(m => m.GetProperty("relationship").GetProperty("code").GetInt32() == RelationshipCodes.Child);
        Assert.Equal(Pupil.FullName, pupil.GetProperty("citizen").GetProperty("fullName").GetString());

        // The husband is in the household (his relationship shows), but his identity is his own data.
        var spouseIndex = members.FindIndex(m => m.GetProperty("relationship").GetProperty("code").GetInt32() == RelationshipCodes.Spouse);
        Assert.True(members[spouseIndex].GetProperty("citizen").IsNull());
        response.AssertRefused("NOT_YOUR_DATA", "citizen", "household", "members", spouseIndex, "citizen", "fiscalCode");
        response.AssertNowhere(Spouse.FiscalCode, Spouse.GivenName);
    }

    [Fact]
    public async Task Citizen_Should_GetNullAndNotYourData_When_ReadingAnotherCitizen()
    {
        var stranger = TestCallers.Citizen(Taxpayer.FiscalCode);

        using var response = await fixture.Host.QueryAsync(Dossier, new { fiscalCode = Parent.FiscalCode }, stranger);

        Assert.True(response.RootElement.GetProperty("data").GetProperty("citizen").IsNull());
        response.AssertRefused("NOT_YOUR_DATA", "citizen", "fullName");
        response.AssertRefused("NOT_YOUR_DATA", "citizen", "residence");
        response.AssertNowhere(Parent.GivenName, Parent.Surname, Pupil.FiscalCode, Parent.HouseholdId);
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_NamingTheChildOfAnotherHouseholdWithoutTheWard()
    {
        // A citizen whose token does not name Matteo among its wards gets none of his identity.
        var stranger = TestCallers.Citizen(Taxpayer.FiscalCode);

        using var response = await fixture.Host.QueryAsync(Identity, new { fiscalCode = Pupil.FiscalCode }, stranger);

        Assert.True(response.RootElement.GetProperty("data").GetProperty("citizen").IsNull());
        response.AssertForbidden("NOT_YOUR_DATA", "citizen", "fullName");
        response.AssertNowhere(Pupil.GivenName);
    }

    [Fact]
    public async Task Citizen_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        using var response = await fixture.Host.QueryAsync(Identity, new { fiscalCode = Parent.FiscalCode }, TestCallers.Citizen(Parent.FiscalCode, assurance: 1));

        Assert.True(response.RootElement.GetProperty("data").GetProperty("citizen").IsNull());
        response.AssertRefused("ASSURANCE_TOO_LOW", "citizen", "fullName");
        response.AssertNowhere(Parent.GivenName);
    }

    [Fact]
    public async Task Operator_Should_ReadEverything_When_OfTheRegistryDepartmentWithAPurpose()
    {
        using var response = await fixture.Host.QueryAsync(Dossier, new { fiscalCode = Parent.FiscalCode }, TestCallers.Operator("registry"));

        var citizen = response.Data().GetProperty("citizen");
        Assert.Equal(Parent.FullName, citizen.GetProperty("fullName").GetString());
        Assert.Equal(3, citizen.GetProperty("household").GetProperty("members").GetArrayLength());
        Assert.Equal(Parent.Documents.Count, citizen.GetProperty("identityDocuments").GetArrayLength());
    }

    [Fact]
    public async Task Operator_Should_ReadTheIdentityButNotTheResidence_When_OfAnotherDepartment()
    {
        using var response = await fixture.Host.QueryAsync(Residence, new { fiscalCode = Parent.FiscalCode }, TestCallers.Operator("social"));

        var citizen = response.RootElement.GetProperty("data").GetProperty("citizen");
        Assert.Equal(Parent.FullName, citizen.GetProperty("fullName").GetString());
        Assert.True(citizen.GetProperty("residence").IsNull());
        response.AssertRefused("OTHER_DEPARTMENT", "citizen", "residence");
    }

    [Fact]
    public async Task Operator_Should_GetPurposeRequired_When_StatingNoPurpose()
    {
        using var response = await fixture.Host.QueryAsync(Residence, new { fiscalCode = Parent.FiscalCode }, TestCallers.Operator("registry", purpose: null));

        response.AssertRefused("PURPOSE_REQUIRED", "citizen", "fullName");
        response.AssertNowhere(Parent.GivenName);
    }

    [Fact]
    public async Task Operator_Should_GetOtherEnte_When_WorkingForAnotherMunicipality()
    {
        using var response = await fixture.Host.QueryAsync(Residence, new { fiscalCode = Parent.FiscalCode }, TestCallers.Operator("registry", ente: "A388"));

        response.AssertRefused("OTHER_ENTE", "citizen", "fullName");
        response.AssertNowhere(Parent.GivenName);
    }

    [Fact]
    public async Task Analyst_Should_GetRoleNotAllowed_When_ReadingPersonalData()
    {
        using var response = await fixture.Host.QueryAsync(Identity, new { fiscalCode = Parent.FiscalCode }, TestCallers.Analyst());

        response.AssertRefused("ROLE_NOT_ALLOWED", "citizen", "fiscalCode");
        response.AssertNowhere(Parent.GivenName);
    }

    [Fact]
    public async Task Anonymous_Should_GetAuthenticationRequired_When_ReadingPersonalData()
    {
        using var response = await fixture.Host.QueryAsync(Identity, new { fiscalCode = Parent.FiscalCode }, TestCallers.Anonymous());

        response.AssertRefused("AUTHENTICATION_REQUIRED", "citizen", "fiscalCode");
        response.AssertNowhere(Parent.GivenName);
    }

    [Fact]
    public async Task Anonymous_Should_ReadAHouseholdsIdButNotItsMembers_When_GivenTheId()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { household(id: $id) { id members { relationship { code } } } }", new { id = Parent.HouseholdId }, TestCallers.Anonymous());

        // The id is the key the caller gave; who lives there is the members' data.
        Assert.True(response.RootElement.GetProperty("data").GetProperty("household").IsNull());
        response.AssertForbidden("AUTHENTICATION_REQUIRED", "household", "members");
        using var idOnly = await fixture.Host.QueryAsync("query($id: ID!) { household(id: $id) { id } }", new { id = Parent.HouseholdId }, TestCallers.Anonymous());
        Assert.Equal(Parent.HouseholdId, idOnly.Data().GetProperty("household").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Entities_Should_RefuseEveryForeignCitizen_When_ACitizenSendsOtherPeoplesKeys()
    {
        object[] representations =
        [
            new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = Parent.FiscalCode },
            new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = Spouse.FiscalCode },
            new Dictionary<string, object> { ["__typename"] = "Household", ["id"] = Parent.HouseholdId },
        ];

        using var response = await fixture.Host.QueryAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { fullName residence { street } } ... on Household { members { relationship { code } } } } }",
            new { representations },
            TestCallers.Citizen(Taxpayer.FiscalCode));

        Assert.All(response.RootElement.GetProperty("data").GetProperty("_entities").EnumerateArray(), e => Assert.True(e.IsNull()));
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 0, "fullName");
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 1, "fullName");
        response.AssertRefused("NOT_YOUR_DATA", "_entities", 2, "members");
        response.AssertNowhere(Parent.GivenName, Spouse.GivenName);
    }

    [Fact]
    public async Task Citizens_Should_BeRefused_When_ACitizenSearches()
    {
        using var response = await fixture.Host.QueryAsync(
            "{ citizens(first: 5) { edges { cursor node { fiscalCode } } pageInfo { endCursor } } }", null, TestCallers.Citizen(Parent.FiscalCode));

        response.AssertForbidden("ROLE_NOT_ALLOWED", "citizens");
        Assert.True(response.RootElement.GetProperty("data").IsNull());
        response.AssertNowhere("edges", "endCursor");
    }

    [Fact]
    public async Task Citizens_Should_GiveAnyDeskTheIdentitiesButNotTheResidences_When_AnotherDepartmentSearches()
    {
        using var response = await fixture.Host.QueryAsync(
            "{ citizens(first: 3) { edges { node { fiscalCode fullName residence { street } } } } }", null, TestCallers.Operator("education"));

        var nodes = response.RootElement.GetProperty("data").GetProperty("citizens").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n.GetProperty("fullName").GetString())));
        Assert.All(nodes, n => Assert.True(n.GetProperty("residence").IsNull()));
        Assert.Equal(3, response.Errors().Count);
        response.AssertOnlyForbidden("OTHER_DEPARTMENT");
    }

    [Fact]
    public async Task Citizens_Should_BeRefused_When_AnOperatorOfAnotherEnteSearches()
    {
        using var response = await fixture.Host.QueryAsync(
            "{ citizens(first: 5) { edges { cursor } } }", null, TestCallers.Operator("registry", ente: "A388"));

        response.AssertForbidden("OTHER_ENTE", "citizens");
        Assert.True(response.RootElement.GetProperty("data").IsNull());
    }

    [Fact]
    public async Task Wards_Should_BeTheMinorChildrenOfTheParents_When_ReadingThePersonasHouseholds()
    {
        var welfare = Resident(DemoPersonaKeys.WelfareRecipient);
        var daughter = fixture.City.FindHousehold(welfare.HouseholdId)!.Members.Single(m => m.RelationshipCode == RelationshipCodes.Child).FiscalCode;

        var wards = await WardsAsync([Parent.FiscalCode, Spouse.FiscalCode, Pupil.FiscalCode, welfare.FiscalCode, Taxpayer.FiscalCode]);

        Assert.Equal([Pupil.FiscalCode], wards[Parent.FiscalCode]);
        Assert.Equal([Pupil.FiscalCode], wards[Spouse.FiscalCode]);
        Assert.Empty(wards[Pupil.FiscalCode]);
        Assert.Equal([daughter], wards[welfare.FiscalCode]);
        Assert.Empty(wards[Taxpayer.FiscalCode]);
    }

    [Fact]
    public async Task Wards_Should_OnlyNameMinorsOfTheSameHouseholdBelowTheirParents_When_ReadingEveryResident()
    {
        var residents = fixture.City.Residents;

        var wards = await WardsAsync([.. residents.Select(r => r.FiscalCode)]);

        var granted = 0;
        foreach (var guardian in residents)
        {
            foreach (var ward in wards[guardian.FiscalCode].Select(code => fixture.City.FindResident(code)!))
            {
                granted++;
                Assert.Equal(guardian.HouseholdId, ward.HouseholdId);
                Assert.True(ward.AgeOn(fixture.Today) < 18, $"{ward.FiscalCode} is no minor.");
                Assert.True(guardian.AgeOn(fixture.Today) - ward.AgeOn(fixture.Today) >= 14, $"{guardian.FiscalCode} is too young to be the parent of {ward.FiscalCode}.");
                Assert.Contains((guardian.RelationshipCode, ward.RelationshipCode), ParentChildPairs);
            }
        }
        // Every minor child of a head has at least the head as a parent.
        var minorsOfHeads = residents.Count(r => r.RelationshipCode == RelationshipCodes.Child && r.AgeOn(fixture.Today) < 18);
        Assert.True(granted >= minorsOfHeads, $"Only {granted} wards for {minorsOfHeads} minor children of heads.");
    }

    [Fact]
    public async Task AccessLog_Should_RecordEveryAllowedReadPerDataSubject_When_ACitizenReadsTheirDossier()
    {
        var parent = TestCallers.Citizen(Parent.FiscalCode, wards: Pupil.FiscalCode);

        using var response = await fixture.Host.QueryAsync(Dossier, new { fiscalCode = Parent.FiscalCode }, parent);

        var entries = (await TestAccessLog.ReadByRequestAsync(parent.RequestId)).ToDictionary(e => e.DataSubject);
        Assert.Equal(new[] { Parent.FiscalCode, Pupil.FiscalCode, Spouse.FiscalCode }.Order(), entries.Keys.Order());
        Assert.All(entries.Values, e =>
        {
            Assert.Equal("registry", e.Subgraph);
            Assert.Equal(CallerRoles.Citizen, e.ActorRole);
            Assert.Equal(Parent.FiscalCode, e.ActorSubject);
        });
        string[] documents = Parent.Documents.Count > 0 ? ["IdentityDocument.number"] : [];
        Assert.Equal(
            [
                "Citizen.birthDate", "Citizen.fiscalCode", "Citizen.fullName", "Citizen.household", "Citizen.identityDocuments", "Citizen.residence", "Citizen.wards",
                "Household.members", "HouseholdMember.relationship", .. documents, "Residence.street",
            ],
            entries[Parent.FiscalCode].Fields);
        // The child's identity was read as his parent's ward; the husband's only as a household member.
        Assert.Equal(["Citizen.fiscalCode", "Citizen.fullName", "Household.members", "HouseholdMember.relationship"], entries[Pupil.FiscalCode].Fields);
        Assert.Equal(["Household.members", "HouseholdMember.relationship"], entries[Spouse.FiscalCode].Fields);
    }

    [Fact]
    public async Task AccessLog_Should_RecordNothing_When_EveryReadWasRefused()
    {
        var stranger = TestCallers.Citizen(Taxpayer.FiscalCode);

        using var response = await fixture.Host.QueryAsync(Dossier, new { fiscalCode = Parent.FiscalCode }, stranger);

        response.AssertForbidden("NOT_YOUR_DATA", "citizen", "fullName");
        await AccessAssertions.AssertNotAuditedAsync(stranger);
    }

    [Fact]
    public async Task AccessLog_Should_RecordTheOperatorsOfficeAndPurpose_When_AnOperatorReadsACitizen()
    {
        var desk = TestCallers.Operator("registry", purpose: "certificato di residenza");

        using var response = await fixture.Host.QueryAsync(Residence, new { fiscalCode = Parent.FiscalCode }, desk);

        var entry = Assert.Single(await TestAccessLog.ReadByRequestAsync(desk.RequestId));
        Assert.Equal(Parent.FiscalCode, entry.DataSubject);
        Assert.Equal((CallerRoles.Operator, "D969", "registry", "certificato di residenza"), (entry.ActorRole, entry.ActorEnte, entry.ActorDepartment, entry.Purpose));
        Assert.Equal(["Citizen.fullName", "Citizen.residence", "Residence.street"], entry.Fields);
    }

    // (guardian's relationship to the head, ward's) pairs the registry may infer a parent from.
    private static readonly HashSet<(int, int)> ParentChildPairs =
    [
        (RelationshipCodes.Head, RelationshipCodes.Child),
        (RelationshipCodes.Spouse, RelationshipCodes.Child),
        (RelationshipCodes.ChildInLaw, RelationshipCodes.Grandchild),
        (RelationshipCodes.Child, RelationshipCodes.Grandchild),
    ];

    private Resident Resident(string persona) => fixture.City.FindResident(fixture.City.GetPersona(persona).FiscalCode)!;

    // Every citizen's wards, read in batches through _entities as a service (the gateway reads one citizen's).
    private async Task<Dictionary<string, string[]>> WardsAsync(IReadOnlyList<string> fiscalCodes)
    {
        var wards = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var batch in fiscalCodes.Chunk(100))
        {
            var representations = batch.Select(code => new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = code }).ToList();
            using var response = await fixture.Host.QueryAsync(
                "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { fiscalCode wards } } }",
                new { representations });
            foreach (var citizen in response.Data().GetProperty("_entities").EnumerateArray())
            {
                wards[citizen.GetProperty("fiscalCode").GetString()!] = [.. citizen.GetProperty("wards").EnumerateArray().Select(w => w.GetString()!)];
            }
        }
        return wards;
    }
}
