using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary><c>Query.household</c> and <c>Citizen.household</c>: members and their relationships.</summary>
public sealed class HouseholdQueryTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string HouseholdQuery = """
        query Household($id: ID!) {
          household(id: $id) {
            id
            head { fiscalCode }
            members { citizen { fiscalCode household { id } } relationship { code label italianLabel } }
          }
        }
        """;

    [Fact]
    public async Task Household_Should_ListEveryMemberWithTheirRelationship_When_QueryingTheParentsHousehold()
    {
        var parent = fixture.City.FindResident(fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!;
        var expected = fixture.City.FindHousehold(parent.HouseholdId)!;

        using var response = await fixture.Host.QueryAsync(HouseholdQuery, new { id = expected.Id });

        var household = response.Data().GetProperty("household");
        Assert.Equal(expected.Id, household.GetProperty("id").GetString());
        Assert.Equal(expected.HeadFiscalCode, household.GetProperty("head").GetProperty("fiscalCode").GetString());
        var members = household.GetProperty("members").EnumerateArray()
            .Select(m => (FiscalCode: m.GetProperty("citizen").GetProperty("fiscalCode").GetString(), Code: m.GetProperty("relationship").GetProperty("code").GetInt32()))
            .ToList();
        Assert.Equal(
            expected.Members.Select(m => (FiscalCode: (string?)m.FiscalCode, Code: m.RelationshipCode)).OrderBy(m => m.Code).ThenBy(m => m.FiscalCode, StringComparer.Ordinal),
            members);
        Assert.Equal(RelationshipCodes.Head, members[0].Code);
        Assert.Contains(members, m => m.FiscalCode == fixture.City.GetPersona(DemoPersonaKeys.Pupil).FiscalCode && m.Code == RelationshipCodes.Child);
        Assert.All(household.GetProperty("members").EnumerateArray(), m =>
            Assert.Equal(expected.Id, m.GetProperty("citizen").GetProperty("household").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Household_Should_LabelTheRelationships_When_TheyAreHeadSpouseAndChild()
    {
        var parent = fixture.City.FindResident(fixture.City.GetPersona(DemoPersonaKeys.Parent).FiscalCode)!;

        using var response = await fixture.Host.QueryAsync(HouseholdQuery, new { id = parent.HouseholdId });

        var labels = response.Data().GetProperty("household").GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("relationship"))
            .ToDictionary(r => r.GetProperty("code").GetInt32(), r => (r.GetProperty("label").GetString(), r.GetProperty("italianLabel").GetString()));
        Assert.Equal(("head", "intestatario scheda"), labels[RelationshipCodes.Head]);
        Assert.Equal(("child", "figlio/a"), labels[RelationshipCodes.Child]);
    }

    [Fact]
    public async Task Household_Should_AgreeWithTheGeneratedCity_When_QueryingEveryHousehold()
    {
        const string Query = "query($id: ID!) { household(id: $id) { head { fiscalCode } members { citizen { fiscalCode } relationship { code } } } }";
        foreach (var expected in fixture.City.Households.Take(30))
        {
            using var response = await fixture.Host.QueryAsync(Query, new { id = expected.Id });

            var household = response.Data().GetProperty("household");
            Assert.Equal(expected.HeadFiscalCode, household.GetProperty("head").GetProperty("fiscalCode").GetString());
            var members = household.GetProperty("members").EnumerateArray()
                .Select(m => (m.GetProperty("citizen").GetProperty("fiscalCode").GetString()!, m.GetProperty("relationship").GetProperty("code").GetInt32()))
                .ToHashSet();
            Assert.True(expected.Members.Select(m => (m.FiscalCode, m.RelationshipCode)).ToHashSet().SetEquals(members), $"Members of {expected.Id} differ.");
        }
    }

    [Fact]
    public async Task Household_Should_BeNull_When_TheIdIsUnknown()
    {
        using var response = await fixture.Host.QueryAsync(HouseholdQuery, new { id = "HH-9999999" });

        Assert.True(response.Data().GetProperty("household").IsNull());
    }
}
