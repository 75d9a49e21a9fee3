using Fascicolo.Domain.SyntheticCity.Properties;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class PropertyTests
{
    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void CadastralUnits_Should_CoverEveryDwellingOnce_When_Generated(string size)
    {
        var city = Cities.BySize(size);

        var units = city.CadastralUnits();

        Assert.Equal(city.Dwellings.Select(d => d.Id), units.Where(u => u.DwellingId is not null).Select(u => u.DwellingId!));
        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.All(units, u => Assert.NotNull(city.FindBuilding(u.BuildingId)));
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Owners_Should_BeResidentsWhoseSharesAddUpToOne_When_Generated(string size)
    {
        var city = Cities.BySize(size);

        Assert.All(city.CadastralUnits(), unit =>
        {
            Assert.Equal(1m, unit.Owners.Sum(o => o.Share));
            Assert.All(unit.Owners, o => Assert.NotNull(city.FindResident(o.OwnerFiscalCode)));
            Assert.Equal(unit.Owners.Count, unit.Owners.Select(o => o.OwnerFiscalCode).Distinct().Count());
            Assert.All(unit.Owners, o => Assert.True(o.Since < city.Options.ReferenceDate));
        });
    }

    [Fact]
    public void Garages_Should_BelongWithAnOwnerOccupiedDwellingOfTheSameOwners_When_Generated()
    {
        var city = Cities.Large;
        var garages = city.CadastralUnits().Where(u => u.DwellingId is null).ToArray();

        Assert.NotEmpty(garages);
        Assert.All(garages, garage =>
        {
            Assert.Equal("C/6", garage.Category);
            var home = city.FindCadastralUnit(garage.AppurtenantToId!)!;
            Assert.Equal(home.Owners, garage.Owners);
            Assert.Equal(home.BuildingId, garage.BuildingId);
        });
    }

    [Fact]
    public void CadastralCoordinates_Should_BeUniquePerUnit_When_Generated()
    {
        var units = Cities.Large.CadastralUnits();

        Assert.Equal(units.Count, units.Select(u => (u.MunicipalityCode, u.Sheet, u.Parcel, u.SubUnit)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void TaxpayerPersona_Should_OwnHalfHisHomeWithAGarageAndAWholeLetDwelling_When_AnyCity(string size)
    {
        var city = Cities.BySize(size);
        var paolo = city.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;
        var home = city.FindHousehold(city.FindResident(paolo)!.HouseholdId)!.DwellingId;

        var holdings = city.PropertiesOf(paolo).Select(u => (u.DwellingId == home, u.Category == "C/6", u.Owners.Single(o => o.OwnerFiscalCode == paolo).Share)).ToArray();

        Assert.Equal(3, holdings.Length);
        Assert.Contains((true, false, 0.5m), holdings);
        Assert.Contains((false, true, 0.5m), holdings);
        Assert.Contains((false, false, 1m), holdings);
    }

    [Fact]
    public void Cadastre_Should_BeTheSame_When_GeneratedTwice()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = Cities.Default.Options.Residents });

        Assert.Equal(Cities.Default.CadastralUnits().Select(Describe), again.CadastralUnits().Select(Describe));

        static string Describe(CadastralUnit u) =>
            $"{u.Id} {u.Category} {u.CadastralIncomeCents} {string.Join(',', u.Owners.Select(o => $"{o.OwnerFiscalCode}:{o.ShareNumerator}/{o.ShareDenominator}@{o.Since}"))}";
    }
}
