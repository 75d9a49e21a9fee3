using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Generation;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class EmbeddedDataTests
{
    public static TheoryData<string, string> MunicipalityCodes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var municipality in Municipalities.All)
            {
                data.Add(municipality.BelfioreCode, municipality.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MunicipalityCodes))]
    public void Municipality_Should_HaveItsRealBelfioreCode_When_LookedUpInTheBirthplaces(string belfioreCode, string name)
    {
        Assert.True(Birthplaces.Default.TryGet(belfioreCode, out var birthplace));
        Assert.Equal(name.ToUpperInvariant().Replace("Ò", "O'", StringComparison.Ordinal), birthplace.Name);
        Assert.Equal("GE", birthplace.Province);
        Assert.True(birthplace.IsActive);
    }

    [Fact]
    public void Genova_Should_HaveNineMunicipi_When_Listed()
    {
        Assert.Equal(("010025", "D969"), (Municipalities.Genova.IstatCode, Municipalities.Genova.BelfioreCode));
        Assert.Equal(Enumerable.Range(1, 9), Municipalities.Genova.Municipi.Select(m => m.Number));
        Assert.All(Municipalities.All, m => Assert.Matches("^010[0-9]{3}$", m.IstatCode));
        Assert.Equal(Municipalities.All.Count, Municipalities.All.Select(m => m.IstatCode).Distinct().Count());
    }

    [Fact]
    public void BirthplaceLists_Should_NameExistingMunicipalitiesAndStates_When_LookedUp()
    {
        var italian = ItalianBirthplaces.Elsewhere.Items;
        var countries = Countries.Immigration.Items.Concat(Countries.Carers.Items).Concat(Countries.ItalianEmigration.Items).ToList();

        Assert.All(italian, code => Assert.True(Birthplaces.Default.TryGet(code, out var b) && !b.IsForeignState && b.IsActive, code));
        Assert.All(countries, c => Assert.Contains(Birthplaces.Default.ForeignStates, s => s.Code == c.BelfioreCode));
        Assert.All(countries, c => Assert.Matches("^[A-Z]{2}$", c.Iso2));
    }

    [Fact]
    public void NameLists_Should_BeLongAndWithoutDuplicates_When_Embedded()
    {
        var male = ItalianMaleNames.BornBefore1960.Items.Concat(ItalianMaleNames.Born1960To1989.Items).Concat(ItalianMaleNames.BornFrom1990.Items).Distinct();
        var female = ItalianFemaleNames.BornBefore1960.Items.Concat(ItalianFemaleNames.Born1960To1989.Items).Concat(ItalianFemaleNames.BornFrom1990.Items).Distinct();
        WeightedTable<string>[] tables =
        [
            Surnames.Italian, ItalianMaleNames.BornBefore1960, ItalianMaleNames.Born1960To1989, ItalianMaleNames.BornFrom1990,
            ItalianFemaleNames.BornBefore1960, ItalianFemaleNames.Born1960To1989, ItalianFemaleNames.BornFrom1990,
        ];

        Assert.True(Surnames.Italian.Items.Count >= 300, $"{Surnames.Italian.Items.Count} surnames");
        Assert.True(male.Count() >= 180, $"{male.Count()} male names");
        Assert.True(female.Count() >= 180, $"{female.Count()} female names");
        Assert.All(tables, t => Assert.Equal(t.Items.Count, t.Items.Distinct().Count()));
        Assert.Superset(new HashSet<string>(["Parodi", "Bruzzone", "Canepa", "Ferrari", "Rossi"]), Surnames.Italian.Items.ToHashSet());
    }

    [Fact]
    public void HouseholdShapes_Should_HaveTheSizeTheyAreDrawnFor_When_Drawn()
    {
        var random = new SplitMix64(1);
        for (var size = 1; size <= HouseholdShapes.MaxSize; size++)
        {
            for (var i = 0; i < 200; i++)
            {
                Assert.Equal(size, HouseholdShapes.Draw(size, random).Size);
            }
        }
    }

    [Fact]
    public void Areas_Should_HaveStreetsWithACap_When_Embedded()
    {
        var areas = GenovaAreas.All.Concat(MetropolitanAreas.All).ToList();

        Assert.Equal(9 + Municipalities.All.Count - 1, areas.Count);
        Assert.Equal(areas.Count, areas.Select(a => a.Key).Distinct().Count());
        Assert.All(areas, a => Assert.True(a.Streets.Count >= 4, a.Key));
        Assert.All(areas, a => Assert.Equal(a.Streets.Count, a.Streets.Select(s => s.Name).Distinct().Count()));
        Assert.All(areas, a => Assert.True(a.Bounds.South < a.Bounds.North && a.Bounds.West < a.Bounds.East, a.Key));
    }
}
