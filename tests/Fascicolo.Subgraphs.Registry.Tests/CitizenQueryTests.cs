using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Testing;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary><c>Query.citizen</c>: lookups by fiscal code, as issued.</summary>
public sealed class CitizenQueryTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string CitizenQuery = """
        query Citizen($fiscalCode: FiscalCode!) {
          citizen(fiscalCode: $fiscalCode) {
            fiscalCode givenName surname fullName sex birthDate age citizenship
            birthplace { code name province isForeignState }
            civilStatus { code label italianLabel }
            residence {
              street houseNumber postalCode municipio
              municipality { istatCode belfioreCode name province }
              building { id }
            }
            household { id head { fiscalCode } members { citizen { fiscalCode fullName } relationship { code label italianLabel } } }
            identityDocuments { type number issuedOn expiresOn issuedBy isExpired }
          }
        }
        """;

    public static TheoryData<string> PersonaKeys() => new(
        DemoPersonaKeys.Parent,
        DemoPersonaKeys.Pupil,
        DemoPersonaKeys.VehicleOwner,
        DemoPersonaKeys.WelfareRecipient,
        DemoPersonaKeys.SoleTrader,
        DemoPersonaKeys.Taxpayer);

    [Theory]
    [MemberData(nameof(PersonaKeys))]
    public async Task Citizen_Should_MatchTheSnapshot_When_QueryingADemoPersona(string key)
    {
        var persona = fixture.City.GetPersona(key);

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = persona.FiscalCode });

        var citizen = response.Data().GetProperty("citizen");
        Assert.Equal(persona.FiscalCode, citizen.GetProperty("fiscalCode").GetString());
        Snapshot.Match(JToken.Parse(citizen.GetRawText()), SnapshotNameExtension.Create(key));
    }

    [Fact]
    public async Task Citizen_Should_AgreeWithTheGeneratedCity_When_QueryingEveryResidentsIdentity()
    {
        foreach (var resident in fixture.City.Residents.Take(40))
        {
            using var response = await fixture.Host.QueryAsync(
                "query($cf: FiscalCode!) { citizen(fiscalCode: $cf) { surname givenName sex birthDate age citizenship civilStatus { code } birthplace { code } } }",
                new { cf = resident.FiscalCode });

            var citizen = response.Data().GetProperty("citizen");
            Assert.Equal(resident.Surname, citizen.GetProperty("surname").GetString());
            Assert.Equal(resident.GivenName, citizen.GetProperty("givenName").GetString());
            Assert.Equal(resident.Sex == Sex.Female ? "FEMALE" : "MALE", citizen.GetProperty("sex").GetString());
            Assert.Equal(resident.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), citizen.GetProperty("birthDate").GetString());
            Assert.Equal(resident.AgeOn(fixture.Today), citizen.GetProperty("age").GetInt32());
            Assert.Equal(resident.Citizenship, citizen.GetProperty("citizenship").GetString());
            Assert.Equal(resident.CivilStatus, citizen.GetProperty("civilStatus").GetProperty("code").GetInt32());
            Assert.Equal(resident.BirthplaceCode, citizen.GetProperty("birthplace").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Citizen_Should_BeNull_When_TheCodeIsValidButNotRegistered()
    {
        const string Unregistered = "RSSMRA45D25F205N";
        Assert.Null(fixture.City.FindResident(Unregistered));

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = Unregistered });

        Assert.True(response.Data().GetProperty("citizen").IsNull());
    }

    [Theory]
    [InlineData("RSSMRA45D25F205X", "CHECK_CHARACTER_MISMATCH")]
    [InlineData("RSSMRA45", "INVALID_LENGTH")]
    public async Task Citizen_Should_FailWithInvalidFiscalCode_When_TheVariableIsNotAFiscalCode(string fiscalCode, string reason)
    {
        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode });

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Citizen_Should_FailWithInvalidFiscalCode_When_TheLiteralIsNotAFiscalCode()
    {
        using var response = await fixture.Host.QueryAsync("""{ citizen(fiscalCode: "RSSMRA45D25F205X") { fullName } }""");

        var error = response.SingleError();
        Assert.Equal("INVALID_FISCAL_CODE", error.Extension("code"));
        Assert.Equal("CHECK_CHARACTER_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task Citizen_Should_ResolveTheResident_When_TheirCodeIsOmocodic()
    {
        var omocodic = fixture.City.Residents.First(r => FiscalCode.Parse(r.FiscalCode).IsOmocodic);

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = omocodic.FiscalCode });

        var citizen = response.Data().GetProperty("citizen");
        Assert.Equal(omocodic.FiscalCode, citizen.GetProperty("fiscalCode").GetString());
        Assert.Equal(omocodic.FullName, citizen.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Citizen_Should_NotResolveTheOmocodicResident_When_QueryingTheirBaseCode()
    {
        // The base code belongs to someone else (or nobody): omocodic variants are never matched by base code.
        var omocodic = fixture.City.Residents.First(r => FiscalCode.Parse(r.FiscalCode).IsOmocodic);
        var baseCode = FiscalCode.Parse(omocodic.FiscalCode).BaseCode;

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = baseCode });

        var citizen = response.Data().GetProperty("citizen");
        var expected = fixture.City.FindResident(baseCode);
        if (expected is null)
        {
            Assert.True(citizen.IsNull());
        }
        else
        {
            Assert.Equal(baseCode, citizen.GetProperty("fiscalCode").GetString());
        }
    }

    [Fact]
    public async Task Citizen_Should_ResolveTheResident_When_TheCodeIsSentInLowerCase()
    {
        var persona = fixture.City.GetPersona(DemoPersonaKeys.Parent);

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = persona.FiscalCode.ToLowerInvariant() });

        Assert.Equal(persona.FiscalCode, response.Data().GetProperty("citizen").GetProperty("fiscalCode").GetString());
    }

    [Fact]
    public async Task IdentityDocuments_Should_FlagExpiredDocuments_When_TheyExpiredBeforeToday()
    {
        var holder = fixture.City.Residents.First(r => r.Documents.Any(d => d.ExpiresOn < fixture.Today));

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = holder.FiscalCode });

        var documents = response.Data().GetProperty("citizen").GetProperty("identityDocuments").EnumerateArray().ToList();
        Assert.Equal(holder.Documents.Count, documents.Count);
        foreach (var document in holder.Documents)
        {
            var returned = documents.Single(d => d.GetProperty("number").GetString() == document.Number);
            Assert.Equal(document.ExpiresOn < fixture.Today, returned.GetProperty("isExpired").GetBoolean());
        }
        Assert.Contains(documents, d => d.GetProperty("isExpired").GetBoolean());
    }

    [Fact]
    public async Task Residence_Should_MatchTheGeneratedBuilding_When_QueryingAResident()
    {
        var resident = fixture.City.Residents[^1];
        var dwelling = fixture.City.FindDwelling(fixture.City.FindHousehold(resident.HouseholdId)!.DwellingId)!;
        var building = fixture.City.FindBuilding(dwelling.BuildingId)!;

        using var response = await fixture.Host.QueryAsync(CitizenQuery, new { fiscalCode = resident.FiscalCode });

        var residence = response.Data().GetProperty("citizen").GetProperty("residence");
        Assert.Equal(building.Street, residence.GetProperty("street").GetString());
        Assert.Equal(building.HouseNumber, residence.GetProperty("houseNumber").GetString());
        Assert.Equal(building.PostalCode, residence.GetProperty("postalCode").GetString());
        Assert.Equal(building.Id, residence.GetProperty("building").GetProperty("id").GetString());
        Assert.Equal(building.MunicipalityCode, residence.GetProperty("municipality").GetProperty("belfioreCode").GetString());
        Assert.Equal(building.Municipio, residence.GetProperty("municipio").IsNull() ? null : residence.GetProperty("municipio").GetInt32());
    }
}
