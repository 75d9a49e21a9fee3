using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>The user's share of a service by linear progression on the ISEE, against worked examples.</summary>
public sealed class CoPaymentTests
{
    [Theory]
    // Nothing up to 7,500.00 euro of ISEE, the threshold included.
    [InlineData(40_000, 0, 0)]
    [InlineData(40_000, 750_000, 0)]
    // 18,750.00 is half way from 7,500.00 to 30,000.00: half of 400.00 = 200.00.
    [InlineData(40_000, 1_875_000, 20_000)]
    // 10,000.00: (10,000 - 7,500) / 22,500 = 1/9 of 450.00 = 50.00.
    [InlineData(45_000, 1_000_000, 5_000)]
    // 8,000.00: 500 / 22,500 of 333.33 = 7.4073… euro, rounded to 7.41.
    [InlineData(33_333, 800_000, 741)]
    // One cent above the threshold on 1.00 euro: 1 / 2,250,000 of a euro, rounded to nothing.
    [InlineData(100, 750_001, 0)]
    // The whole cost from 30,000.00 euro.
    [InlineData(40_000, 3_000_000, 40_000)]
    [InlineData(40_000, 9_000_000, 40_000)]
    public void UserShareCents_Should_FollowTheLinearProgression_When_GivenWorkedExamples(long cost, long isee, long expected) =>
        Assert.Equal(expected, CoPayment.UserShareCents(cost, isee));

    [Fact]
    public void UserShareCents_Should_RoundHalfAwayFromZero_When_TheShareEndsInHalfACent()
    {
        // 1 cent at 18,750.00 (half way) is half a cent: it rounds up to 1.
        Assert.Equal(1, CoPayment.UserShareCents(1, 1_875_000));
    }

    [Fact]
    public void UserShareCents_Should_Throw_When_AnInputIsNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoPayment.UserShareCents(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoPayment.UserShareCents(100, -1));
    }
}
