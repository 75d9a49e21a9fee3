using System.Net;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.Access.AccessData;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// The kit's guard over HTTP: a refused field is null with one <c>FORBIDDEN</c> error at its path (and
/// its reason), the rest of the response stands, and no refused value appears anywhere in the body.
/// </summary>
public sealed class FieldAccessTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task Citizen_Should_ReadTheirOwnData_When_SignedInAtLevelTwo()
    {
        var data = await DataAsync(TestCallers.Citizen(Parent), CitizenQuery(Parent, "name income secret"));

        Assert.Equal("Giulia Parodi", data.GetProperty("name").GetString());
        Assert.Equal(31_000, data.GetProperty("income").GetInt32());
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_ReadingAnotherCitizen()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Parent), new { query = CitizenQuery(Stranger, "fiscalCode income", "bulletin") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.NotYourData);
        var data = response.Json.GetProperty("data");
        Assert.Equal(Stranger, data.GetProperty("citizen").GetProperty("fiscalCode").GetString());
        Assert.Equal(AccessQuery.Bulletin, data.GetProperty("bulletin").GetString());
        Assert.DoesNotContain("5762", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizen_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Parent, assurance: 1), new { query = CitizenQuery(Parent, "income") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.AssuranceTooLow);
    }

    [Fact]
    public async Task Guardian_Should_ReadTheSchoolDataOfTheirWard_When_TheFieldIsOpenToGuardians()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Parent, 2, Pupil), new { query = CitizenQuery(Pupil, "name grade income") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.NotYourData);
        var pupil = response.Json.GetProperty("data").GetProperty("citizen");
        Assert.Equal("3A", pupil.GetProperty("grade").GetString());
        Assert.Equal("Matteo Canepa", pupil.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Citizen_Should_GetNotYourData_When_TheChildIsNotTheirWard()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Stranger), new { query = CitizenQuery(Pupil, "grade") });

        AssertRefused(response, ["citizen", "grade"], AccessRefusalReasons.NotYourData);
        Assert.DoesNotContain("3A", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_Should_ReadTheData_When_OfTheSubgraphsEnteAndDepartmentWithAPurpose()
    {
        var data = await DataAsync(TestCallers.Operator(AccessModule.ModuleName), CitizenQuery(Stranger, "name income"));

        Assert.Equal(5_762, data.GetProperty("income").GetInt32());
    }

    [Fact]
    public async Task Operator_Should_GetOtherDepartment_When_TheFieldBelongsToAnotherDepartment()
    {
        var response = await PostAsAsync(Host, TestCallers.Operator("taxes"), new { query = CitizenQuery(Stranger, "name income grade") });

        Assert.Equal(2, response.Errors.Count);
        Assert.All(response.Errors, error => Assert.Equal(AccessRefusalReasons.OtherDepartment, error.Extension("reason")));
        // name is open to every department of the ente.
        Assert.Equal("Sara Repetto", response.Json.GetProperty("data").GetProperty("citizen").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Operator_Should_ReadAFieldOfTheirDepartment_When_TheFieldNamesItsOwn()
    {
        var data = await DataAsync(TestCallers.Operator(CitizenType.SchoolDepartment), CitizenQuery(Pupil, "grade"));

        Assert.Equal("3A", data.GetProperty("grade").GetString());
    }

    [Fact]
    public async Task Operator_Should_GetPurposeRequired_When_NoPurposeIsStated()
    {
        var response = await PostAsAsync(Host, TestCallers.Operator(AccessModule.ModuleName, purpose: null), new { query = CitizenQuery(Stranger, "income") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.PurposeRequired);
    }

    [Fact]
    public async Task Operator_Should_GetOtherEnte_When_WorkingForAnotherMunicipality()
    {
        var response = await PostAsAsync(Host, TestCallers.Operator(AccessModule.ModuleName, ente: "F205"), new { query = CitizenQuery(Stranger, "income") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.OtherEnte);
    }

    [Fact]
    public async Task Analyst_Should_GetRoleNotAllowed_When_ReadingPersonalData()
    {
        var response = await PostAsAsync(Host, TestCallers.Analyst(), new { query = CitizenQuery(Stranger, "name", "bulletin") });

        AssertRefused(response, ["citizen", "name"], AccessRefusalReasons.RoleNotAllowed);
        Assert.Equal(AccessQuery.Bulletin, response.Json.GetProperty("data").GetProperty("bulletin").GetString());
    }

    [Fact]
    public async Task Anonymous_Should_ReadPublicDataButGetAuthenticationRequired_When_AskingForPersonalData()
    {
        var response = await PostAsAsync(Host, TestCallers.Anonymous(), new { query = CitizenQuery(Stranger, "name", "bulletin") });

        AssertRefused(response, ["citizen", "name"], AccessRefusalReasons.AuthenticationRequired);
        Assert.Equal(AccessQuery.Bulletin, response.Json.GetProperty("data").GetProperty("bulletin").GetString());
    }

    [Fact]
    public async Task Service_Should_GetPurposeRequired_When_NoPurposeIsStated()
    {
        var response = await PostAsAsync(Host, TestCallers.Service(purpose: null), new { query = CitizenQuery(Stranger, "income") });

        AssertRefused(response, ["citizen", "income"], AccessRefusalReasons.PurposeRequired);
    }

    [Fact]
    public async Task RefusedNonNullField_Should_NullItsParent_When_ItIsInAList()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Parent), new { query = "{ citizens { fiscalCode secret } bulletin }" });

        // [Citizen!] cannot hold a null: a refused String! nulls its Citizen, which nulls the list, per the spec.
        Assert.Equal(2, response.Errors.Count);
        Assert.All(response.Errors, error => Assert.Equal(AccessRefusalReasons.NotYourData, error.Extension("reason")));
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").GetProperty("citizens").ValueKind);
        Assert.Equal(AccessQuery.Bulletin, response.Json.GetProperty("data").GetProperty("bulletin").GetString());
        Assert.DoesNotContain("stranger-secret", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("pupil-secret", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_Should_RefuseAnotherPersonsFields_When_ACitizenSendsTheirKey()
    {
        var response = await PostAsAsync(Host, TestCallers.Citizen(Parent), new
        {
            query = "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fiscalCode name income } } }",
            variables = new { r = new object[] { new { __typename = "Citizen", fiscalCode = Parent }, new { __typename = "Citizen", fiscalCode = Stranger } } },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var entities = response.Json.GetProperty("data").GetProperty("_entities");
        Assert.Equal(31_000, entities[0].GetProperty("income").GetInt32());
        Assert.True(entities[1].GetProperty("income").IsNull());
        Assert.True(entities[1].GetProperty("name").IsNull());
        Assert.Equal(2, response.Errors.Count);
        Assert.All(response.Errors, error => Assert.Equal(1, error.GetProperty("path")[1].GetInt32()));
        Assert.DoesNotContain("Sara", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Household_Should_BeReadByItsMembers_When_TheSubjectsAreLookedUpAsynchronously()
    {
        var member = await PostAsAsync(Host, TestCallers.Citizen(Pupil), new { query = "{ household { id members } }" });
        var stranger = await PostAsAsync(Host, TestCallers.Citizen(Stranger), new { query = "{ household { id members } }" });

        Assert.Equal([Parent, Pupil], member.Json.GetProperty("data").GetProperty("household").GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(2, stranger.Errors.Count);
        Assert.All(stranger.Errors, error => Assert.Equal(AccessRefusalReasons.NotYourData, error.Extension("reason")));
        Assert.True(stranger.Json.GetProperty("data").GetProperty("household").IsNull());
        Assert.DoesNotContain(Parent, stranger.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folders_Should_LookUpTheirSubjectsInOneStatement_When_ThirtyAreListed()
    {
        using var counter = new SqlStatementCounter(Host.Database.Name);

        var response = await PostAsAsync(Host, TestCallers.Service(), new { query = $"{{ folders(first: {AccessFixture.People}) {{ id name notes {{ text }} }} }}" });

        Assert.Empty(AssertAllErrorsCoded(response.Json));
        var folders = response.Json.GetProperty("data").GetProperty("folders");
        Assert.Equal(AccessFixture.People, folders.GetArrayLength());
        Assert.Equal("note 2 of person 30", folders[29].GetProperty("notes")[1].GetProperty("text").GetString());
        // The list, the subjects of all thirty (one batch), their notes (one batch).
        Assert.Equal(1, counter.CountContaining("from sample_note"));
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task Folders_Should_OnlyShowTheCallersOwn_When_ACitizenListsThem()
    {
        var owner = Sample.SampleSeeder.PersonId(3);

        var response = await PostAsAsync(Host, TestCallers.Citizen(owner), new { query = "query { folders(first: 5) { name } }" });

        // [Folder!]! again: four refusals null the list, and no other person's name gets out.
        Assert.Equal(4, response.Errors.Count);
        Assert.DoesNotContain("Person 1", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operator", null)]
    [InlineData("operator-taxes", AccessRefusalReasons.OtherDepartment)]
    [InlineData("operator-no-purpose", AccessRefusalReasons.PurposeRequired)]
    [InlineData("citizen", AccessRefusalReasons.RoleNotAllowed)]
    [InlineData("anonymous", AccessRefusalReasons.AuthenticationRequired)]
    public async Task OperatorMutation_Should_RunOnlyForOperatorsOfItsDepartmentWithAPurpose_When_CalledBy(string who, string? reason)
    {
        var caller = who switch
        {
            "operator" => TestCallers.Operator(AccessModule.ModuleName),
            "operator-taxes" => TestCallers.Operator("taxes"),
            "operator-no-purpose" => TestCallers.Operator(AccessModule.ModuleName, purpose: null),
            "citizen" => TestCallers.Citizen(Parent),
            _ => TestCallers.Anonymous(),
        };

        var response = await PostAsAsync(Host, caller, new { query = "mutation { closeCase(id: \"C1\") }" });

        if (reason is null)
        {
            Assert.Equal("closed C1", response.Json.GetProperty("data").GetProperty("closeCase").GetString());
        }
        else
        {
            var error = SingleError(response.Json);
            Assert.Equal(ErrorCodes.Forbidden, error.Code());
            Assert.Equal(reason, error.Extension("reason"));
            Assert.True(response.Json.GetProperty("data").IsNull());
        }
    }

    [Fact]
    public async Task CitizenMutation_Should_GetAssuranceTooLow_When_SignedInAtLevelOne()
    {
        var low = await PostAsAsync(Host, TestCallers.Citizen(Parent, assurance: 1), new { query = "mutation { updateContact(phone: \"+39010\") }" });
        var high = await PostAsAsync(Host, TestCallers.Citizen(Parent), new { query = "mutation { updateContact(phone: \"+39010\") }" });

        Assert.Equal(AccessRefusalReasons.AssuranceTooLow, SingleError(low.Json).Extension("reason"));
        Assert.Equal($"{Parent}: +39010", high.Json.GetProperty("data").GetProperty("updateContact").GetString());
    }

    [Fact]
    public async Task RoleRestrictedField_Should_AllowEveryListedRole_When_SeveralAreListed()
    {
        var analyst = await PostAsAsync(Host, TestCallers.Analyst(), new { query = "mutation { exportCube }" });
        var operatorCall = await PostAsAsync(Host, TestCallers.Operator(AccessModule.ModuleName), new { query = "mutation { exportCube }" });

        Assert.Equal("exported", analyst.Json.GetProperty("data").GetProperty("exportCube").GetString());
        Assert.Equal(AccessRefusalReasons.RoleNotAllowed, SingleError(operatorCall.Json).Extension("reason"));
    }

    private async Task<JsonElement> DataAsync(Caller caller, string query)
    {
        var response = await PostAsAsync(Host, caller, new { query });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(AssertAllErrorsCoded(response.Json));
        return response.Json.GetProperty("data").GetProperty("citizen");
    }

    private static string CitizenQuery(string fiscalCode, string fields, string otherRootFields = "") =>
        $"{{ citizen(fiscalCode: \"{fiscalCode}\") {{ {fields} }} {otherRootFields} }}";

    private static void AssertRefused(GraphQLHttpResponse response, object[] path, string reason)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = SingleError(response.Json);
        Assert.Equal(ErrorCodes.Forbidden, error.Code());
        Assert.Equal(reason, error.Extension("reason"));
        Assert.Equal(JsonSerializer.Serialize(path), error.GetProperty("path").GetRawText());
        var value = response.Json.GetProperty("data");
        foreach (var segment in path)
        {
            value = value.GetProperty((string)segment);
        }
        Assert.True(value.IsNull(), $"{string.Join('.', path)} is {value}");
    }
}
