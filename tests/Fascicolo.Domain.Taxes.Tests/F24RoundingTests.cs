using CsCheck;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Rounding;

namespace Fascicolo.Domain.Taxes.Tests;

/// <summary>F24 lines are paid in whole euro: 49 cents or fewer down, 50 or more up.</summary>
public sealed class F24RoundingTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(49, 0)]
    [InlineData(50, 100)]
    [InlineData(12_349, 12_300)]
    [InlineData(12_350, 12_400)]
    [InlineData(12_399, 12_400)]
    [InlineData(12_300, 12_300)]
    public void ToEuro_Should_RoundDownTo49AndUpFrom50_When_GivenALinesCents(long cents, long euro)
    {
        Assert.Equal(euro, F24Rounding.ToEuro(cents));
    }

    [Fact]
    public void ToEuro_Should_StayWithinFiftyCentsInWholeEuro_When_GivenAnyAmount()
    {
        Gen.Long[0, 100_000_000].Sample(cents =>
        {
            var euro = F24Rounding.ToEuro(cents);
            return euro % 100 == 0 && euro - cents is >= -49 and <= 50;
        });
    }

    [Fact]
    public void F24Line_Should_SplitTheYearIntoDepositAndBalanceExactly_When_GivenAnyAnnualTax()
    {
        Gen.Long[1, 10_000_000].Sample(annual =>
        {
            var line = new ImuF24Line(ImuTaxCodes.OtherBuildings, annual);
            return line.DepositCents + line.BalanceCents == annual
                && Math.Abs(line.DepositPayableCents + line.BalancePayableCents - annual) <= 100;
        });
    }

    [Fact]
    public void F24Line_Should_RoundTheDepositToTheCentFirst_When_TheYearHasAnOddCent()
    {
        // €246.99: half is €123.495 → €123.50 deposit (half up), €123.49 balance; paid €124 and €123.
        var line = new ImuF24Line(ImuTaxCodes.OtherBuildings, 24_699);

        Assert.Equal((12_350, 12_349), (line.DepositCents, line.BalanceCents));
        Assert.Equal((12_400, 12_300), (line.DepositPayableCents, line.BalancePayableCents));
    }
}
