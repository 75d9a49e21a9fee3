using Fascicolo.Domain.SyntheticCity.Isee;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class IseeTests
{
    [Theory]
    [InlineData(1, 0, false, "1.00")]
    [InlineData(3, 1, false, "2.04")]
    [InlineData(2, 1, true, "1.77")] // 1.57 + 0.2 for a lone parent
    [InlineData(5, 3, false, "3.05")] // 2.85 + 0.2 for three children
    [InlineData(7, 5, false, "4.05")] // 2.85 + 2 × 0.35 + 0.5 for five children
    public void EquivalenceScale_Should_FollowTheDpcmTable_When_Computed(int members, int minors, bool loneParent, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EquivalenceScale.For(members, minors, loneParent));
    }

    [Theory]
    [MemberData(nameof(Cities.Sizes), MemberType = typeof(Cities))]
    public void Attestations_Should_DeriveIseFromIsrAndIspAndIseeFromTheScale_When_Generated(string size)
    {
        Assert.All(Cities.BySize(size).IseeAttestations(), a =>
        {
            Assert.Equal(a.IsrCents + (a.IspCents / 5), a.IseCents);
            Assert.Equal(Math.Round(a.IseCents / a.EquivalenceScale, MidpointRounding.AwayFromZero), a.IseeCents);
            Assert.Equal(new DateOnly(a.IssuedOn.Year, 12, 31), a.ValidUntil);
        });
    }

    [Fact]
    public void Protocols_Should_BeUnique_When_Generated()
    {
        var attestations = Cities.Large.IseeAttestations();

        Assert.Equal(attestations.Count, attestations.Select(a => a.Protocol).Distinct().Count());
    }

    [Fact]
    public void WelfarePersona_Should_HaveALowIseeValidInTheReferenceYear_When_AnyCity()
    {
        var city = Cities.Small;
        var household = city.FindResident(city.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!.HouseholdId;

        var isee = city.CurrentIsee(household, new DateOnly(city.Options.ReferenceDate.Year, 6, 1));

        Assert.NotNull(isee);
        Assert.Equal(1.77m, isee.EquivalenceScale);
        Assert.Equal(576_271, isee.IseeCents); // (9,800 + 2,000 / 5) / 1.77 = 5,762.71 euro
    }
}
