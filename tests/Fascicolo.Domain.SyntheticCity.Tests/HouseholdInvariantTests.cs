namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class HouseholdInvariantTests
{
    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Households_Should_ListEachResidentOnceWithTheirRelationship_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        var listed = city.Households.SelectMany(h => h.Members.Select(m => (m.FiscalCode, h.Id, m.RelationshipCode))).ToList();
        var registered = city.Residents.Select(r => (r.FiscalCode, r.HouseholdId, r.RelationshipCode)).ToList();

        Assert.Equal(city.Options.Residents, city.Residents.Count);
        Assert.Equal(registered.Order(), listed.Order());
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Households_Should_HaveOneAdultHeadListedFirst_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        foreach (var household in city.Households)
        {
            Assert.Single(household.Members, m => m.RelationshipCode == RelationshipCodes.Head);
            Assert.Equal(RelationshipCodes.Head, household.Members[0].RelationshipCode);
            Assert.Equal(household.HeadFiscalCode, household.Members[0].FiscalCode);
            Assert.True(city.FindResident(household.HeadFiscalCode)!.AgeOn(city.Options.ReferenceDate) >= 18, $"{household.Id} has a minor head.");
        }
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Minors_Should_BeChildrenOrGrandchildren_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        var minorRoles = city.Residents
            .Where(r => r.AgeOn(city.Options.ReferenceDate) < 18)
            .Select(r => r.RelationshipCode)
            .Distinct();

        Assert.All(minorRoles, code => Assert.Contains(code, new[] { RelationshipCodes.Child, RelationshipCodes.Grandchild }));
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Parents_Should_BeSixteenToFiftyYearsOlderThanTheirChildren_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);
        var today = city.Options.ReferenceDate;

        foreach (var household in city.Households)
        {
            var members = household.Members.Select(m => city.FindResident(m.FiscalCode)!).ToList();
            int Age(Resident r) => r.AgeOn(today);
            var head = members[0];
            var partner = members.FirstOrDefault(m => m.RelationshipCode is RelationshipCodes.Spouse or RelationshipCodes.CivilPartner);
            foreach (var child in members.Where(m => m.RelationshipCode == RelationshipCodes.Child))
            {
                Assert.InRange(Age(head) - Age(child), 16, 50);
                if (partner is not null)
                {
                    Assert.InRange(Age(partner) - Age(child), 16, 50);
                }
            }

            foreach (var parent in members.Where(m => m.RelationshipCode == RelationshipCodes.Parent))
            {
                Assert.InRange(Age(parent) - Age(head), 16, 50);
            }

            foreach (var parentInLaw in members.Where(m => m.RelationshipCode == RelationshipCodes.ParentInLaw))
            {
                Assert.NotNull(partner);
                Assert.InRange(Age(parentInLaw) - Age(partner), 16, 50);
            }

            foreach (var grandchild in members.Where(m => m.RelationshipCode == RelationshipCodes.Grandchild))
            {
                Assert.True(Age(head) - Age(grandchild) >= 32, $"{grandchild.FiscalCode} is too close in age to their grandparent.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Spouses_Should_BothBeMarriedOrInACivilUnion_When_CityIsGenerated(string size)
    {
        var city = Cities.BySize(size);

        foreach (var household in city.Households)
        {
            var head = city.FindResident(household.HeadFiscalCode)!;
            foreach (var member in household.Members.Skip(1))
            {
                var expected = member.RelationshipCode switch
                {
                    RelationshipCodes.Spouse => CivilStatusCodes.Married,
                    RelationshipCodes.CivilPartner => CivilStatusCodes.CivilUnion,
                    _ => (int?)null,
                };
                if (expected is { } status)
                {
                    var partner = city.FindResident(member.FiscalCode)!;
                    Assert.Equal(status, partner.CivilStatus);
                    Assert.Equal(status, head.CivilStatus);
                    Assert.Equal(status == CivilStatusCodes.CivilUnion, partner.Sex == head.Sex);
                }
            }
        }
    }
}
