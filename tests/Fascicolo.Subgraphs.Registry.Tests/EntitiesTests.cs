using Fascicolo.Testing;
using static Fascicolo.Testing.EntityRepresentations;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary><c>_entities</c>: references to citizens and households from other subgraphs, batched.</summary>
public sealed class EntitiesTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    // Every nested and list field of a citizen, and of the household's members.
    private const string CitizenEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen {
              fiscalCode fullName age
              residence { street municipality { name } building { id } }
              household { id head { fullName } members { citizen { fiscalCode } relationship { code } } }
              identityDocuments { number isExpired }
            }
            ... on Household { id members { citizen { fullName } } }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_ResolveCitizensAndHouseholdsInOrder_When_GivenMixedRepresentations()
    {
        var resident = fixture.City.Residents[5];
        var household = fixture.City.Households[3];
        object[] representations =
        [
            new Dictionary<string, object> { ["__typename"] = "Household", ["id"] = household.Id },
            new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = resident.FiscalCode },
            new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = "RSSMRA45D25F205N" },
            new Dictionary<string, object> { ["__typename"] = "Household", ["id"] = "HH-9999999" },
        ];

        using var response = await fixture.Host.QueryAsync(CitizenEntities, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(4, entities.Count);
        Assert.Equal(household.Id, entities[0].GetProperty("id").GetString());
        Assert.Equal(household.Members.Count, entities[0].GetProperty("members").GetArrayLength());
        Assert.Equal(resident.FiscalCode, entities[1].GetProperty("fiscalCode").GetString());
        Assert.Equal(resident.HouseholdId, entities[1].GetProperty("household").GetProperty("id").GetString());
        Assert.True(entities[2].IsNull());
        Assert.True(entities[3].IsNull());
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode()
    {
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = "RSSMRA45D25F205X" }];

        using var response = await fixture.Host.QueryAsync(CitizenEntities, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingTenOrAHundredCitizens()
    {
        var citizens = fixture.City.Residents.Select(r => Representation("Citizen", "fiscalCode", r.FiscalCode)).ToList();
        // Warm up: the first commands of a data source load PostgreSQL's types.
        await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(3));

        var ten = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(10));
        var hundred = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, citizens.Take(100));

        var report = $"10 citizens:\n{string.Join("\n---\n", ten)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(ten.Count == hundred.Count, $"The statement count grew with the representations ({ten.Count} vs {hundred.Count}).\n{report}");
        // One statement per field that reads the database: the citizens, their residences, their
        // households, the households' heads, their members, the members' citizens, the documents.
        Assert.True(hundred.Count == 7, $"Expected one statement per field (7), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingTenOrAHundredHouseholds()
    {
        var households = fixture.City.Households.Select(h => Representation("Household", "id", h.Id)).ToList();
        await fixture.Host.CountEntityStatementsAsync(CitizenEntities, households.Take(3));

        var ten = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, households.Take(10));
        var hundred = await fixture.Host.CountEntityStatementsAsync(CitizenEntities, households.Take(100));

        // The households, their members, the members' citizens.
        Assert.Equal(3, ten.Count);
        Assert.Equal(ten.Count, hundred.Count);
    }
}
