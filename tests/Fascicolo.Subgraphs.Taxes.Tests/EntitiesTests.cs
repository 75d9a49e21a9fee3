using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary><c>_entities</c> for <c>Citizen</c>: any valid fiscal code resolves.</summary>
[Collection(TaxesTestGroup.Name)]
public sealed class EntitiesTests(TaxesFixture fixture)
{
    [Fact]
    public async Task Entities_Should_ResolveAnEmptyPosition_When_TheCodeIsValidButOwesNothing()
    {
        const string Unregistered = "RSSMRA45D25F205N";
        Assert.Null(fixture.City.FindResident(Unregistered));

        using var response = await fixture.Host.QueryAsync(TaxPositionQuery.Full, new { representations = new[] { TaxPositionQuery.Citizen(Unregistered) }, year = fixture.ReferenceYear - 1 });

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Equal(Unregistered, citizen.GetProperty("fiscalCode").GetString());
        var position = citizen.GetProperty("taxPosition");
        Assert.Equal(0, position.GetProperty("imu").GetProperty("properties").GetArrayLength());
        Assert.Equal(0, position.GetProperty("tari").GetProperty("bills").GetArrayLength());
        Assert.Equal(0, position.GetProperty("deadlines").GetArrayLength());
        Assert.Equal(0, position.GetProperty("assessments").GetArrayLength());
        Assert.Equal(0, position.GetProperty("balance").Cents("due"));
    }

    [Fact]
    public async Task Entities_Should_ReturnTheCodeAsIssued_When_ItIsSentInLowerCase()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

        using var response = await fixture.Host.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fiscalCode taxPosition(year: 2025) { imu { payable { cents } } } } } }",
            new { r = new[] { TaxPositionQuery.Citizen(persona.ToLowerInvariant()) } });

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Equal(persona, citizen.GetProperty("fiscalCode").GetString());
        Assert.True(citizen.GetProperty("taxPosition").GetProperty("imu").Cents("payable") > 0);
    }

    [Fact]
    public async Task Entities_Should_AnswerEachAliasedYear_When_OneCitizenIsAskedForSeveralYears()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;

        using var response = await fixture.Host.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { a: taxPosition(year: 2024) { year } b: taxPosition(year: 2026) { year } } } }",
            new { r = new[] { TaxPositionQuery.Citizen(persona) } });

        var citizen = response.Data().GetProperty("_entities")[0];
        Assert.Equal(2024, citizen.GetProperty("a").GetProperty("year").GetInt32());
        Assert.Equal(2026, citizen.GetProperty("b").GetProperty("year").GetInt32());
    }
}
