using System.Text.RegularExpressions;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed partial class ReferenceTests
{
    private static readonly string[] ResidentialCategories = ["A/1", "A/2", "A/3", "A/4", "A/7"];

    [GeneratedRegex(@"^BLD-[A-Z]\d{3}-\d{6}$")]
    private static partial Regex BuildingId();

    [GeneratedRegex(@"^DWL-\d{7}$")]
    private static partial Regex DwellingId();

    [GeneratedRegex(@"^HH-\d{7}$")]
    private static partial Regex HouseholdId();

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Ids_Should_BeUniqueAndWellFormed_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        Assert.All(city.Buildings, b => Assert.Matches(BuildingId(), b.Id));
        Assert.All(city.Buildings, b => Assert.StartsWith($"BLD-{b.MunicipalityCode}-", b.Id, StringComparison.Ordinal));
        Assert.All(city.Dwellings, d => Assert.Matches(DwellingId(), d.Id));
        Assert.All(city.Households, h => Assert.Matches(HouseholdId(), h.Id));
        Assert.Equal(city.Buildings.Count, city.Buildings.Select(b => b.Id).Distinct().Count());
        Assert.Equal(city.Dwellings.Count, city.Dwellings.Select(d => d.Id).Distinct().Count());
        Assert.Equal(city.Households.Count, city.Households.Select(h => h.Id).Distinct().Count());
        Assert.Equal("BLD-D969-000001", city.Buildings[0].Id);
        Assert.Equal("DWL-0000001", city.Dwellings[0].Id);
        Assert.Equal("HH-0000001", city.Households[0].Id);
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void References_Should_Resolve_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        foreach (var household in city.Households)
        {
            Assert.NotNull(city.FindDwelling(household.DwellingId));
        }

        foreach (var dwelling in city.Dwellings)
        {
            var building = city.FindBuilding(dwelling.BuildingId);
            Assert.NotNull(building);
            Assert.Contains(building.Use, new[] { BuildingUse.Residential, BuildingUse.Mixed });
        }

        Assert.Equal(city.Households.Count, city.Households.Select(h => h.DwellingId).Distinct().Count());
        Assert.All(city.Buildings, b => Assert.Contains(city.Municipalities, m => m.BelfioreCode == b.MunicipalityCode));
    }

    [Fact]
    public void Dwellings_Should_HaveDistinctUnitsAndPlausibleSurfaces_When_CityIsGenerated()
    {
        var city = Cities.Large;

        Assert.All(city.Dwellings.GroupBy(d => d.BuildingId), g => Assert.Equal(g.Count(), g.Select(d => d.Unit).Distinct().Count()));
        Assert.All(city.Dwellings, d => Assert.InRange(d.SurfaceSquareMetres, 25, 400));
        Assert.All(city.Dwellings, d => Assert.Contains(d.CadastralCategory, ResidentialCategories));
        Assert.InRange(city.Dwellings.Count(d => d.CadastralCategory == "A/1") / (double)city.Dwellings.Count, 0.001, 0.03);
        Assert.Contains(city.Dwellings, d => city.Households.All(h => h.DwellingId != d.Id));
    }

    [Fact]
    public void Buildings_Should_StandInTheirMunicipio_When_CityIsGenerated()
    {
        var city = Cities.Large;

        foreach (var building in city.Buildings)
        {
            if (building.MunicipalityCode == "D969")
            {
                Assert.InRange(building.Municipio ?? 0, 1, 9);
                Assert.StartsWith("161", building.PostalCode, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(building.Municipio);
                Assert.StartsWith("160", building.PostalCode, StringComparison.Ordinal);
            }

            Assert.InRange(building.Latitude, 44.3, 44.6);
            Assert.InRange(building.Longitude, 8.6, 9.2);
            Assert.InRange(building.ConstructionYear, 1500, 2025);
        }

        Assert.Contains(city.Buildings, b => b.Use == BuildingUse.Commercial && b.HouseNumber.EndsWith('r'));
        Assert.Equal(
            city.Buildings.Count,
            city.Buildings.Select(b => (b.MunicipalityCode, b.Street, b.HouseNumber)).Distinct().Count());
    }
}
