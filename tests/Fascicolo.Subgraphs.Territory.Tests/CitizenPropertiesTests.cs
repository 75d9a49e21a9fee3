using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary><c>Citizen.properties</c> through <c>_entities</c>, as the gateway asks for it.</summary>
public sealed class CitizenPropertiesTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string PropertiesQuery = """
        query Properties($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Citizen {
              fiscalCode
              properties {
                id kind category sheet parcel subUnit surfaceSquareMetres dwellingId
                cadastralIncome { cents formatted }
                owners { owner { fiscalCode } share { numerator denominator fraction } since }
                appurtenantTo { id }
                building {
                  id address { formatted } constructionYear energyClass inFloodRedZone
                  alertZone { code }
                  condominium { id name administrator { kind name } }
                }
                energyCertificates { code energyClass epGlNren referenceEpGlNren issuedOn expiresOn isValid purpose }
              }
              redZoneRegistrations { id }
            }
          }
        }
        """;

    public static TheoryData<string> PersonaKeys() => new(DemoPersonaKeys.Taxpayer, DemoPersonaKeys.Parent, DemoPersonaKeys.SoleTrader);

    [Theory]
    [MemberData(nameof(PersonaKeys))]
    public async Task Properties_Should_MatchTheSnapshot_When_QueryingAPropertyOwningPersona(string key)
    {
        var persona = fixture.City.GetPersona(key);

        var citizen = await QueryAsync(persona.FiscalCode);

        Assert.Equal(
            fixture.City.PropertiesOf(persona.FiscalCode).Select(u => u.Id),
            citizen.GetProperty("properties").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        Snapshot.Match(JToken.Parse(citizen.GetRawText()), SnapshotNameExtension.Create(key));
    }

    [Fact]
    public async Task Properties_Should_HoldTheTaxpayersHalfOfHisHomeAndHisLetDwelling_When_QueryingTheTaxpayer()
    {
        var taxpayer = fixture.City.GetPersona(DemoPersonaKeys.Taxpayer);
        var home = fixture.City.FindHousehold(fixture.City.FindResident(taxpayer.FiscalCode)!.HouseholdId)!.DwellingId;

        var citizen = await QueryAsync(taxpayer.FiscalCode);

        var units = citizen.GetProperty("properties").EnumerateArray().ToList();
        var shares = units
            .Where(u => u.GetProperty("kind").GetString() == "DWELLING")
            .ToDictionary(
                u => u.GetProperty("dwellingId").GetString()!,
                u => u.GetProperty("owners").EnumerateArray().Single(o => o.GetProperty("owner").GetProperty("fiscalCode").GetString() == taxpayer.FiscalCode)
                    .GetProperty("share").GetProperty("fraction").GetString());
        Assert.Equal("1/2", shares[home]);
        Assert.Contains("1/1", shares.Values);
        // The home's garage is appurtenant to the home's unit, owned in the same halves.
        var garage = Assert.Single(units, u => u.GetProperty("kind").GetString() == "GARAGE");
        Assert.Equal(2, garage.GetProperty("owners").GetArrayLength());
        // Selling or letting a dwelling needs an APE: both of the taxpayer's dwellings have had one (the let one's has since expired).
        Assert.All(
            units.Where(u => u.GetProperty("kind").GetString() == "DWELLING"),
            u => Assert.NotEqual(0, u.GetProperty("energyCertificates").GetArrayLength()));
    }

    [Fact]
    public async Task Properties_Should_BeEmpty_When_TheCitizenOwnsNothing()
    {
        const string NotAResident = "RSSMRA45D25F205N";

        var citizen = await QueryAsync(NotAResident);

        Assert.Equal(NotAResident, citizen.GetProperty("fiscalCode").GetString());
        Assert.Equal(0, citizen.GetProperty("properties").GetArrayLength());
        Assert.Equal(0, citizen.GetProperty("redZoneRegistrations").GetArrayLength());
    }

    [Fact]
    public async Task Properties_Should_ListEveryUnitAShareholderOwns_When_QueryingManyOwnersAtOnce()
    {
        var owners = fixture.City.CadastralUnits().SelectMany(u => u.Owners).Select(o => o.OwnerFiscalCode).Distinct().Take(150).ToList();
        object[] representations = [.. owners.Select(o => EntityRepresentations.Representation("Citizen", "fiscalCode", o))];

        using var response = await fixture.Host.QueryAsync("""
            query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { fiscalCode properties { id } } } }
            """, new { representations });

        var entities = response.Data().GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(owners.Count, entities.Count);
        for (var i = 0; i < owners.Count; i++)
        {
            Assert.Equal(
                fixture.City.PropertiesOf(owners[i]).Select(u => u.Id),
                entities[i].GetProperty("properties").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task Entities_Should_FailWithInvalidFiscalCode_When_ARepresentationHoldsAnInvalidCode()
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", "RSSMRA45D25F205X")];

        using var response = await fixture.Host.QueryAsync(PropertiesQuery, new { representations });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    private async Task<System.Text.Json.JsonElement> QueryAsync(string fiscalCode)
    {
        object[] representations = [EntityRepresentations.Representation("Citizen", "fiscalCode", fiscalCode)];
        using var response = await fixture.Host.QueryAsync(PropertiesQuery, new { representations });
        return response.Data().GetProperty("_entities")[0].Clone();
    }
}
