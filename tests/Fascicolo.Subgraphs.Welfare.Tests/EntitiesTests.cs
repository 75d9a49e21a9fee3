using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary><c>_entities</c>: citizens, households and social cases referenced from other subgraphs.</summary>
[Collection(SeededWelfare.Name)]
public sealed class EntitiesTests(WelfareFixture fixture)
{
    private const string Entities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen { fiscalCode socialFolder { cases { id } benefits { id } iseeAttestations { protocol } latestIsee { protocol } } }
            ... on Household { id socialFolder { cases { id } benefits { id } latestIsee { protocol } } }
            ... on SocialCase { id status person { fiscalCode } office { code } }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_ResolveEachRepresentationInOrder_When_GivenMixedTypes()
    {
        var sara = fixture.WelfareRecipient;
        var saraCase = fixture.City.SocialCasesOf(sara.FiscalCode).Single();
        object[] representations =
        [
            Representation("Citizen", "fiscalCode", sara.FiscalCode),
            Representation("Household", "id", sara.HouseholdId),
            Representation("SocialCase", "id", saraCase.Id),
            Representation("SocialCase", "id", "SC-9999999"),
        ];

        using var response = await fixture.Host.QueryAsync(Entities, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(4, entities.Count);
        Assert.Equal(saraCase.Id, entities[0].GetProperty("socialFolder").GetProperty("cases")[0].GetProperty("id").GetString());
        Assert.Equal(sara.HouseholdId, entities[1].GetProperty("id").GetString());
        Assert.Equal(saraCase.Id, entities[1].GetProperty("socialFolder").GetProperty("cases")[0].GetProperty("id").GetString());
        Assert.Equal("TAKEN_IN_CHARGE", entities[2].GetProperty("status").GetString());
        Assert.Equal(sara.FiscalCode, entities[2].GetProperty("person").GetProperty("fiscalCode").GetString());
        Assert.True(entities[3].IsNull());
    }

    [Fact]
    public async Task Entities_Should_ReturnAnEmptyFolder_When_TheCitizenIsUnknownHere()
    {
        const string NotInTheCity = "RSSMRA45D25F205N";
        Assert.Null(fixture.City.FindResident(NotInTheCity));
        object[] representations = [Representation("Citizen", "fiscalCode", NotInTheCity), Representation("Household", "id", "HH-9999999")];

        using var response = await fixture.Host.QueryAsync(Entities, new { representations });

        var entities = response.Data().GetProperty("_entities");
        var folder = entities[0].GetProperty("socialFolder");
        Assert.Equal(NotInTheCity, entities[0].GetProperty("fiscalCode").GetString());
        Assert.Equal(0, folder.GetProperty("cases").GetArrayLength());
        Assert.Equal(0, folder.GetProperty("benefits").GetArrayLength());
        Assert.Equal(0, folder.GetProperty("iseeAttestations").GetArrayLength());
        Assert.True(folder.GetProperty("latestIsee").IsNull());
        Assert.Equal(0, entities[1].GetProperty("socialFolder").GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode()
    {
        object[] representations = [Representation("Citizen", "fiscalCode", "RSSMRA45D25F205X")];

        using var response = await fixture.Host.QueryAsync(Entities, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_AgreeWithTheGeneratedCity_When_ResolvingEveryBeneficiary()
    {
        var people = fixture.City.WelfareBenefits().Select(b => b.BeneficiaryFiscalCode)
            .Concat(fixture.City.SocialCases().Select(c => c.FiscalCode))
            .Distinct().Take(100).ToList();

        using var response = await fixture.Host.QueryAsync(Entities, new { representations = people.Select(p => Representation("Citizen", "fiscalCode", p)).ToArray() });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        for (var i = 0; i < people.Count; i++)
        {
            var folder = entities[i].GetProperty("socialFolder");
            var cases = fixture.City.SocialCasesOf(people[i]).Select(c => c.Id).Order(StringComparer.Ordinal);
            var benefits = fixture.City.WelfareBenefitsOf(people[i]).Select(b => b.Id).Order(StringComparer.Ordinal);
            Assert.Equal(cases, folder.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(benefits, folder.GetProperty("benefits").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        }
    }
}
