using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary><c>Query.building</c> and its nested fields, against the generated city.</summary>
public sealed class BuildingQueryTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private const string BuildingQuery = """
        query Building($id: ID!) {
          building(id: $id) {
            id
            address { street houseNumber postalCode formatted }
            coordinates { latitude longitude }
            constructionYear use municipio municipioName
            municipality { istatCode belfioreCode name province alertZone { code } }
            energyClass
            energyCertificates {
              code energyClass epGlNren referenceEpGlNren performanceRatio issuedOn expiresOn isValid purpose
              certifier { name fiscalCode }
              cadastralUnit { id }
            }
            condominium {
              id name fiscalCode dwellingCount
              administrator { kind name fiscalCode citizen { fiscalCode } since }
              units { id }
            }
            cadastralUnits { id kind category sheet parcel subUnit surfaceSquareMetres cadastralIncome { cents formatted } owners { owner { fiscalCode } share { fraction } } }
            alertZone { code name }
            inFloodRedZone
            floodRedZone { id name watercourse }
          }
        }
        """;

    [Fact]
    public async Task Building_Should_MatchTheSnapshot_When_ItHasAValidCertificateAndACondominium()
    {
        var city = fixture.City;
        var building = city.Buildings.First(b =>
            city.CondominiumOf(b.Id) is not null && city.EnergyCertificatesOf(b.Id).Any(c => c.IsValidOn(fixture.Today)));

        using var response = await fixture.Host.QueryAsync(BuildingQuery, new { id = building.Id });

        var json = response.Data().GetProperty("building");
        Assert.Equal(building.Id, json.GetProperty("id").GetString());
        Snapshot.Match(JToken.Parse(json.GetRawText()));
    }

    [Fact]
    public async Task Building_Should_AgreeWithTheGeneratedCity_When_QueryingItsFields()
    {
        var city = fixture.City;
        foreach (var building in city.Buildings.Where((_, i) => i % 7 == 0).Take(15))
        {
            using var response = await fixture.Host.QueryAsync(BuildingQuery, new { id = building.Id });

            var json = response.Data().GetProperty("building");
            Assert.Equal(building.Street, json.GetProperty("address").GetProperty("street").GetString());
            Assert.Equal(building.HouseNumber, json.GetProperty("address").GetProperty("houseNumber").GetString());
            Assert.Equal(building.ConstructionYear, json.GetProperty("constructionYear").GetInt32());
            Assert.Equal(building.Latitude, json.GetProperty("coordinates").GetProperty("latitude").GetDouble());
            Assert.Equal(building.Use.ToString().ToUpperInvariant(), json.GetProperty("use").GetString());
            Assert.Equal(building.MunicipalityCode, json.GetProperty("municipality").GetProperty("belfioreCode").GetString());
            Assert.Equal(AlertZones.ZoneOf(building.MunicipalityCode).Code, json.GetProperty("alertZone").GetProperty("code").GetString());
            Assert.Equal(city.FloodRedZoneOf(building.Id) is not null, json.GetProperty("inFloodRedZone").GetBoolean());
            Assert.Equal(city.CondominiumOf(building.Id)?.Id, json.GetProperty("condominium").IsNull() ? null : json.GetProperty("condominium").GetProperty("id").GetString());
            Assert.Equal(
                city.CadastralUnits().Where(u => u.BuildingId == building.Id).Select(u => u.Id).Order(StringComparer.Ordinal),
                json.GetProperty("cadastralUnits").EnumerateArray().Select(u => u.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(city.EnergyCertificatesOf(building.Id).Count, json.GetProperty("energyCertificates").GetArrayLength());
        }
    }

    [Fact]
    public async Task Building_Should_GiveTheNewestValidCertificatesClass_When_SeveralUnitsAreCertified()
    {
        var city = fixture.City;
        var building = city.Buildings.First(b => city.EnergyCertificatesOf(b.Id).Count(c => c.IsValidOn(fixture.Today)) >= 2);
        var expected = city.EnergyCertificatesOf(building.Id)
            .Where(c => c.IsValidOn(fixture.Today))
            .OrderByDescending(c => c.IssuedOn)
            .ThenByDescending(c => c.Code, StringComparer.Ordinal)
            .First();

        using var response = await fixture.Host.QueryAsync(BuildingQuery, new { id = building.Id });

        var json = response.Data().GetProperty("building");
        Assert.Equal(expected.Class.ToString(), json.GetProperty("energyClass").GetString());
        var certificate = json.GetProperty("energyCertificates").EnumerateArray().First(c => c.GetProperty("code").GetString() == expected.Code);
        Assert.Equal(expected.EpGlNren, certificate.GetProperty("epGlNren").GetDecimal());
        Assert.Equal(expected.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), certificate.GetProperty("expiresOn").GetString());
        Assert.True(certificate.GetProperty("isValid").GetBoolean());
    }

    [Fact]
    public async Task Building_Should_BeNull_When_TheIdIsUnknown()
    {
        using var response = await fixture.Host.QueryAsync(BuildingQuery, new { id = "BLD-D969-999999" });

        Assert.True(response.Data().GetProperty("building").IsNull());
    }

    [Fact]
    public async Task Buildings_Should_PageThroughAMunicipalityInIdOrder_When_FollowingTheCursor()
    {
        const string Query = """
            query($after: String) { buildings(municipality: "d969", first: 40, after: $after) { edges { node { id municipality { belfioreCode } } } pageInfo { hasNextPage endCursor } } }
            """;
        var ids = new List<string>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(Query, new { after });
            var connection = response.Data().GetProperty("buildings");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(fixture.City.Buildings.Where(b => b.MunicipalityCode == "D969").Select(b => b.Id).Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [InlineData("""{ buildings(municipality: "Genova") { edges { node { id } } } }""", "INVALID_MUNICIPALITY_CODE")]
    [InlineData("""{ buildings(first: -1) { edges { node { id } } } }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ buildings(first: 101) { edges { node { id } } } }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ buildings(after: "not-a-cursor") { edges { node { id } } } }""", "INVALID_CURSOR")]
    public async Task Buildings_Should_FailWithACode_When_AnArgumentIsInvalid(string query, string code)
    {
        using var response = await fixture.Host.QueryAsync(query);

        Assert.Equal(code, response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task CadastralUnit_Should_LinkAGarageToItsDwelling_When_TheGarageIsAppurtenant()
    {
        var garage = fixture.City.CadastralUnits().First(u => u.AppurtenantToId is not null);

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { cadastralUnit(id: $id) { id kind category dwellingId appurtenantTo { id kind } energyCertificates { code } } }", new { id = garage.Id });

        var unit = response.Data().GetProperty("cadastralUnit");
        Assert.Equal("GARAGE", unit.GetProperty("kind").GetString());
        Assert.Equal("C/6", unit.GetProperty("category").GetString());
        Assert.True(unit.GetProperty("dwellingId").IsNull());
        Assert.Equal(garage.AppurtenantToId, unit.GetProperty("appurtenantTo").GetProperty("id").GetString());
        Assert.Equal("DWELLING", unit.GetProperty("appurtenantTo").GetProperty("kind").GetString());
        Assert.Equal(0, unit.GetProperty("energyCertificates").GetArrayLength());
    }

    [Fact]
    public async Task Condominium_Should_NameAResidentOwnerAsAdministrator_When_TheBuildingIsSmall()
    {
        var city = fixture.City;
        var condominium = city.Condominiums().First(c => c.DwellingCount <= Condominium.MaxOwnersWithoutProfessional);

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { condominium(id: $id) { id building { id } administrator { kind fiscalCode citizen { fiscalCode } } units { owners { owner { fiscalCode } } } } }",
            new { id = condominium.Id });

        var json = response.Data().GetProperty("condominium");
        Assert.Equal(condominium.BuildingId, json.GetProperty("building").GetProperty("id").GetString());
        var administrator = json.GetProperty("administrator");
        Assert.Equal("PERSON", administrator.GetProperty("kind").GetString());
        Assert.Equal(administrator.GetProperty("fiscalCode").GetString(), administrator.GetProperty("citizen").GetProperty("fiscalCode").GetString());
        var owners = json.GetProperty("units").EnumerateArray()
            .SelectMany(u => u.GetProperty("owners").EnumerateArray())
            .Select(o => o.GetProperty("owner").GetProperty("fiscalCode").GetString());
        Assert.Contains(administrator.GetProperty("fiscalCode").GetString(), owners);
    }

    [Fact]
    public async Task Condominium_Should_HaveACompanyOrAProfessional_When_TheBuildingHasManyDwellings()
    {
        var condominium = fixture.City.Condominiums().First(c => c.Administrator.Kind == AdministratorKind.Company);

        using var response = await fixture.Host.QueryAsync(
            "query($id: ID!) { condominium(id: $id) { dwellingCount fiscalCode administrator { kind name fiscalCode citizen { fiscalCode } } } }",
            new { id = condominium.Id });

        var json = response.Data().GetProperty("condominium");
        Assert.True(json.GetProperty("dwellingCount").GetInt32() > Condominium.MaxOwnersWithoutProfessional);
        Assert.StartsWith("9", json.GetProperty("fiscalCode").GetString(), StringComparison.Ordinal);
        var administrator = json.GetProperty("administrator");
        Assert.Equal("COMPANY", administrator.GetProperty("kind").GetString());
        Assert.Matches("^[0-9]{11}$", administrator.GetProperty("fiscalCode").GetString());
        Assert.True(administrator.GetProperty("citizen").IsNull());
    }
}
