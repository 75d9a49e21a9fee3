using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class FiscalCodeTests
{
    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void FiscalCodes_Should_BeUnique_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        var duplicates = city.Residents.GroupBy(r => r.FiscalCode).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void FiscalCodes_Should_ParseAndEncodeTheResidentsData_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        foreach (var resident in city.Residents)
        {
            Assert.True(
                FiscalCode.TryParse(resident.FiscalCode, city.Options.ReferenceDate, Birthplaces.Default, out var code, out var error),
                $"{resident.FiscalCode} ({resident.FullName}) does not parse: {error}");
            Assert.Equal(resident.Sex, code.Sex);
            Assert.Equal(resident.BirthplaceCode, code.BirthplaceCode);

            // A code holds two digits of the year: centenarians read as born this century.
            Assert.Equal((resident.BirthDate.Month, resident.BirthDate.Day, resident.BirthDate.Year % 100), (code.BirthDate.Month, code.BirthDate.Day, code.BirthDate.Year % 100));
            Assert.Equal(
                FiscalCodeGenerator.Generate(new PersonalData(resident.Surname, resident.GivenName, resident.BirthDate, resident.Sex, resident.BirthplaceCode)),
                code.BaseCode);
        }
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void FiscalCodes_Should_IncludeAFewOmocodicOnes_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        var omocodic = city.Residents.Count(r => FiscalCode.Parse(r.FiscalCode, city.Options.ReferenceDate, Birthplaces.Default).IsOmocodic);

        Assert.InRange(omocodic, 1, Math.Max(1, city.Residents.Count / 200));
    }

    [Fact]
    public void FindResident_Should_ReturnTheResident_When_CodeDiffersOnlyInCaseAndSpaces()
    {
        var resident = Cities.Default.Residents[42];

        Assert.Same(resident, Cities.Default.FindResident($"  {resident.FiscalCode.ToLowerInvariant()} "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("RSSMRA45D25F205N")]
    public void FindResident_Should_ReturnNull_When_NoResidentHasTheCode(string fiscalCode)
    {
        Assert.Null(Cities.Default.FindResident(fiscalCode));
    }
}
