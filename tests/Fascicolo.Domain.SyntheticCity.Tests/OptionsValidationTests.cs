namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData(99)]
    [InlineData(600_001)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Generate_Should_Throw_When_ResidentsAreOutOfRange(int residents)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCityGenerator.Generate(new CityOptions { Residents = residents }));

        Assert.Contains("between 100 and 600,000", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Should_Throw_When_ReferenceDateIsBeforeThePersonasWereBorn()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => SyntheticCityGenerator.Generate(new CityOptions { ReferenceDate = new(2019, 12, 31) }));

        Assert.Contains("ReferenceDate", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Should_KeepEveryResidentAdultHeadedAndBornBeforeIt_When_ReferenceDateIsLater()
    {
        var city = SyntheticCityGenerator.Generate(new CityOptions { Residents = 1_000, ReferenceDate = new(2031, 6, 30) });

        Assert.All(city.Residents, r => Assert.True(r.BirthDate <= city.Options.ReferenceDate));
        Assert.All(city.Households, h => Assert.True(city.FindResident(h.HeadFiscalCode)!.AgeOn(city.Options.ReferenceDate) >= 18));
        Assert.Equal(Cities.Small.Personas.Select(p => p.FiscalCode), city.Personas.Select(p => p.FiscalCode));
    }

    [Fact]
    public void Generate_Should_CreateExactlyTheResidentsAsked_When_ResidentsAreTheMinimum()
    {
        Assert.Equal(100, Cities.Small.Residents.Count);
    }

    [Fact]
    public void Generate_Should_Throw_When_OptionsAreNull()
    {
        Assert.Throws<ArgumentNullException>(() => SyntheticCityGenerator.Generate(null!));
    }
}
