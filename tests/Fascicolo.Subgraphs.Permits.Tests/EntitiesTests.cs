using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary><c>_entities</c>: references to citizens, businesses and procedures from other subgraphs, batched.</summary>
public sealed class EntitiesTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    // A citizen's fiscal code is a FiscalCode, a company's a String, and Citizen.procedures is nullable
    // while Company.procedures is not: the aliases keep the selections compatible.
    private const string MixedEntities = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Citizen { fiscalCode procedures { id } companies { fiscalCode } }
            ... on Company { companyFiscalCode: fiscalCode name owner { fiscalCode } companyProcedures: procedures { id } }
            ... on Procedure { id protocolNumber state company { fiscalCode } }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_ResolveEachTypeInOrder_When_GivenMixedRepresentations()
    {
        object[] representations =
        [
            EntityRepresentations.Representation("Citizen", "fiscalCode", "RVRSFN72H30C621K"),
            EntityRepresentations.Representation("Company", "fiscalCode", SoleTraderBusiness.CompanyFiscalCode),
            EntityRepresentations.Representation("Procedure", "id", SoleTraderBusiness.ProcedureId),
            EntityRepresentations.Representation("Citizen", "fiscalCode", "RSSMRA45D25F205N"),
            EntityRepresentations.Representation("Company", "fiscalCode", "00856930102"),
            EntityRepresentations.Representation("Procedure", "id", "PRC-9999999"),
        ];

        using var response = await fixture.Host.QueryAsync(MixedEntities, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(6, entities.Count);
        Assert.Equal(SoleTraderBusiness.ProcedureId, entities[0].GetProperty("procedures")[0].GetProperty("id").GetString());
        Assert.Equal(SoleTraderBusiness.CompanyFiscalCode, entities[0].GetProperty("companies")[0].GetProperty("fiscalCode").GetString());
        Assert.Equal(SoleTraderBusiness.CompanyName, entities[1].GetProperty("name").GetString());
        Assert.Equal(SoleTraderBusiness.CompanyFiscalCode, entities[1].GetProperty("companyFiscalCode").GetString());
        Assert.Equal("RVRSFN72H30C621K", entities[1].GetProperty("owner").GetProperty("fiscalCode").GetString());
        Assert.Equal("PG/2025/0398215", entities[2].GetProperty("protocolNumber").GetString());
        Assert.Equal(SoleTraderBusiness.CompanyFiscalCode, entities[2].GetProperty("company").GetProperty("fiscalCode").GetString());
        // A valid fiscal code of someone who filed nothing is a citizen with empty lists, not null.
        Assert.Equal("RSSMRA45D25F205N", entities[3].GetProperty("fiscalCode").GetString());
        Assert.Equal(0, entities[3].GetProperty("procedures").GetArrayLength());
        Assert.Equal(0, entities[3].GetProperty("companies").GetArrayLength());
        // The Comune di Genova is not a business of the city; no procedure has that id.
        Assert.True(entities[4].IsNull());
        Assert.True(entities[5].IsNull());
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ACitizenRepresentationHoldsAnInvalidCode()
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", "RVRSFN72H30C621X")];

        using var response = await fixture.Host.QueryAsync(MixedEntities, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Theory]
    [InlineData("01987650107", "CHECK_DIGIT_MISMATCH")]
    [InlineData("0198765010", "INVALID_LENGTH")]
    [InlineData("0198765010A", "NOT_NUMERIC")]
    public async Task Entities_Should_FailWithInvalidCompanyFiscalCode_When_ACompanyRepresentationHoldsAnInvalidCode(string code, string reason)
    {
        object[] representations = [EntityRepresentations.Representation("Company", "fiscalCode", code)];

        using var response = await fixture.Host.QueryAsync(MixedEntities, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_COMPANY_FISCAL_CODE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Entities_Should_RunTheSameNumberOfStatements_When_ResolvingFiveOrAHundredCitizens()
    {
        // Applicants first, so that every nested field has rows to load in both batches.
        var citizens = fixture.Procedures.Select(p => p.ApplicantFiscalCode)
            .Concat(fixture.City.Residents.Select(r => r.FiscalCode))
            .Distinct()
            .Select(code => EntityRepresentations.Representation("Citizen", "fiscalCode", code))
            .ToList();
        // Warm up: the first commands of a data source load PostgreSQL's types.
        await fixture.Host.CountEntityStatementsAsync(Operations.CitizenEntities, citizens.Take(3));

        var five = await fixture.Host.CountEntityStatementsAsync(Operations.CitizenEntities, citizens.Take(5));
        var hundred = await fixture.Host.CountEntityStatementsAsync(Operations.CitizenEntities, citizens.Take(100));

        var report = $"5 citizens:\n{string.Join("\n---\n", five)}\n\n100 citizens:\n{string.Join("\n---\n", hundred)}";
        Assert.True(five.Count == hundred.Count, $"The statement count grew with the representations ({five.Count} vs {hundred.Count}).\n{report}");
        // One statement per field that reads the database: the citizens' procedures and companies, the
        // procedures' steps, documents, fees and company, and the companies' procedures.
        Assert.True(hundred.Count == 7, $"Expected one statement per field (7), got {hundred.Count}.\n{report}");
        Assert.All(hundred, sql => Assert.Contains("= any(@keys)", sql, StringComparison.OrdinalIgnoreCase));
    }
}
