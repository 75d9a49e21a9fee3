using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>Fine amounts (art. 202): the 30% reduction within 5 days applies to the sanction, never to the expenses.</summary>
public sealed class FineAmountsTests
{
    [Theory]
    // ZTL, € 83 + € 14,50 by post: € 58,10 + € 14,50 = € 72,60 within 5 days, € 97,50 within 60.
    [InlineData(8_300, 1_450, 7_260, 9_750)]
    // Parking contested on the spot, € 42: € 29,40, or € 42,00.
    [InlineData(4_200, 0, 2_940, 4_200)]
    // Speeding by 10-40 km/h, € 173 + € 14,50: € 121,10 + € 14,50 = € 135,60, or € 187,50.
    [InlineData(17_300, 1_450, 13_560, 18_750)]
    // An odd sanction rounds half up: € 0,15 less 30% is 10,5 cents → 11.
    [InlineData(15, 0, 11, 15)]
    public void Amounts_Should_ReduceTheSanctionOnly_When_PaidWithinFiveDays(long sanction, long expenses, long reduced, long full)
    {
        Assert.Equal(reduced, FineAmounts.Reduced(sanction, expenses));
        Assert.Equal(full, FineAmounts.Full(sanction, expenses));
    }

    [Fact]
    public void Deadlines_Should_Count5And60DaysFromNotification_When_Notified()
    {
        var notified = new DateOnly(2025, 12, 29);

        Assert.Equal(new DateOnly(2026, 1, 3), FineAmounts.ReducedUntil(notified));
        Assert.Equal(new DateOnly(2026, 2, 27), FineAmounts.PayableUntil(notified));
    }

    [Fact]
    public void Violations_Should_DenyTheReduction_When_TheLicenceIsSuspended()
    {
        Assert.False(HighwayCodeViolations.SpeedingUpTo60.ReductionAllowed);
        Assert.All(HighwayCodeViolations.All.Where(v => v != HighwayCodeViolations.SpeedingUpTo60), v => Assert.True(v.ReductionAllowed));
        Assert.Equal(HighwayCodeViolations.SpeedingUpTo40, HighwayCodeViolations.Find("142", "8"));
    }
}
