using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The monthly income support (M1.01), against worked examples.</summary>
public sealed class IncomeSupportTests
{
    [Theory]
    // Sara Repetto: ISEE 5,762.71, scale 1.77 (two members, one minor, lone parent).
    // (9,360.00 - 5,762.71) x 1.77 / 12 = 530.60 euro a month, paid in whole euro: 530.00.
    [InlineData(576_271, "1.77", 53_000)]
    // A single person with no income: 9,360.00 / 12 = 780.00, capped at 600.00.
    [InlineData(0, "1.00", 60_000)]
    // A single person at 6,000.00: 3,360.00 / 12 = 280.00.
    [InlineData(600_000, "1.00", 28_000)]
    // Just under the threshold: 1.00 euro of gap is 0.08 a month, raised to the 50.00 minimum.
    [InlineData(935_900, "2.46", 5_000)]
    // At or above the threshold: nothing.
    [InlineData(936_000, "1.57", 0)]
    [InlineData(2_000_000, "2.04", 0)]
    public void MonthlyCents_Should_BringTheGapBackToTheHouseholdScale_When_GivenWorkedExamples(long isee, string scale, long expected) =>
        Assert.Equal(expected, IncomeSupport.MonthlyCents(isee, decimal.Parse(scale, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void MonthlyCents_Should_Throw_When_TheScaleIsBelowOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IncomeSupport.MonthlyCents(100, 0.5m));
}
