namespace Fascicolo.Domain.SyntheticCity.Tests;

/// <summary>The 20,000-resident city against Genova's figures, with tolerances for a sample that size.</summary>
public sealed class DistributionTests
{
    private static City City => Cities.Large;

    private static double ShareOfResidents(Func<Resident, bool> predicate) =>
        City.Residents.Count(predicate) / (double)City.Residents.Count;

    private static int Age(Resident resident) => resident.AgeOn(City.Options.ReferenceDate);

    [Fact]
    public void Residents_Should_BeOldAsInGenova_When_CityIsLarge()
    {
        Assert.InRange(ShareOfResidents(r => Age(r) >= 65), 0.26, 0.30);
        Assert.InRange(ShareOfResidents(r => Age(r) < 15), 0.09, 0.13);
        Assert.InRange(ShareOfResidents(r => Age(r) >= 90), 0.005, 0.04);
    }

    [Fact]
    public void Households_Should_BeMostlySmall_When_CityIsLarge()
    {
        var households = City.Households;

        Assert.InRange(households.Count(h => h.Members.Count == 1) / (double)households.Count, 0.42, 0.48);
        Assert.InRange(households.Count(h => h.Members.Count == 2) / (double)households.Count, 0.25, 0.32);
        Assert.InRange(households.Count(h => h.Members.Count >= 5) / (double)households.Count, 0.01, 0.05);
        Assert.InRange(City.Residents.Count / (double)households.Count, 1.85, 2.10);
    }

    [Fact]
    public void Households_Should_IncludeEveryKindOfFamily_When_CityIsLarge()
    {
        var relationships = City.Residents.Select(r => r.RelationshipCode).ToHashSet();

        Assert.Superset(
            new HashSet<int>
            {
                RelationshipCodes.Head, RelationshipCodes.Spouse, RelationshipCodes.Child, RelationshipCodes.Grandchild,
                RelationshipCodes.Parent, RelationshipCodes.Sibling, RelationshipCodes.ChildInLaw, RelationshipCodes.ParentInLaw,
                RelationshipCodes.Cohabitant, RelationshipCodes.CivilPartner,
            },
            relationships);
    }

    [Fact]
    public void Residents_Should_LiveMostlyInGenovaByMunicipio_When_CityIsLarge()
    {
        var dwellings = City.Dwellings.ToDictionary(d => d.Id);
        var buildings = City.Buildings.ToDictionary(b => b.Id);
        var byMunicipio = City.Households
            .GroupBy(h => buildings[dwellings[h.DwellingId].BuildingId].Municipio)
            .ToDictionary(g => g.Key ?? 0, g => g.Sum(h => h.Members.Count) / (double)City.Residents.Count);

        Assert.InRange(1 - byMunicipio[0], 0.87, 0.93);
        Assert.InRange(byMunicipio[1], 0.12, 0.15);
        Assert.All(Enumerable.Range(2, 8), m => Assert.InRange(byMunicipio[m], 0.07, 0.12));
    }

    [Fact]
    public void Residents_Should_IncludeForeignBornAndForeignCitizens_When_CityIsLarge()
    {
        Assert.InRange(ShareOfResidents(r => r.Citizenship != "IT"), 0.06, 0.14);
        Assert.InRange(ShareOfResidents(r => r.BirthplaceCode.StartsWith('Z')), 0.07, 0.16);
        Assert.InRange(ShareOfResidents(r => r.BirthplaceCode == "D969"), 0.55, 0.75);

        // Genova's largest foreign community is Ecuadorian.
        var largest = City.Residents.Where(r => r.Citizenship != "IT").GroupBy(r => r.Citizenship).MaxBy(g => g.Count())!.Key;
        Assert.Equal("EC", largest);
    }

    [Fact]
    public void Names_Should_BeVaried_When_CityIsLarge()
    {
        Assert.True(City.Residents.Select(r => r.Surname).Distinct().Count() > 300);
        Assert.True(City.Residents.Where(r => r.Sex == FiscalCodes.Sex.Female).Select(r => r.GivenName).Distinct().Count() > 150);
        Assert.True(City.Residents.Where(r => r.Sex == FiscalCodes.Sex.Male).Select(r => r.GivenName).Distinct().Count() > 150);
        Assert.Contains(City.Residents, r => r.Surname == "Parodi");
    }
}
