using Fascicolo.Domain.Payments.Positions;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class PositionAmountsTests
{
    private static readonly DateOnly June16 = new(2025, 6, 16);
    private static readonly DateOnly December16 = new(2025, 12, 16);

    [Fact]
    public void Of_Should_OweTheFullAmountByTheFirstDueDate_When_NothingIsPaid()
    {
        // € 300 in one go by 16 June, or € 150 + € 150 by 16 June and 16 December.
        OptionState[] options = [Option(false, 30_000, June16), Option(true, 15_000, June16), Option(true, 15_000, December16)];

        var amounts = PositionAmounts.Of(options);

        Assert.Equal(new PositionAmounts(30_000, 0, 30_000, June16, December16), amounts);
        Assert.False(amounts.IsOverdueOn(June16));
        Assert.True(amounts.IsOverdueOn(June16.AddDays(1)));
    }

    [Fact]
    public void Of_Should_OweTheRemainingInstalments_When_OneIsPaid()
    {
        OptionState[] options = [Option(false, 30_000, June16), Option(true, 15_000, June16, paid: true), Option(true, 15_000, December16)];

        var amounts = PositionAmounts.Of(options);

        Assert.Equal(new PositionAmounts(30_000, 15_000, 15_000, December16, December16), amounts);
        Assert.False(amounts.IsOverdueOn(new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void Of_Should_OweNothing_When_TheFullOptionIsPaid()
    {
        OptionState[] options = [Option(false, 30_000, June16, paid: true), Option(true, 15_000, June16), Option(true, 15_000, December16)];

        var amounts = PositionAmounts.Of(options);

        Assert.Equal(new PositionAmounts(30_000, 30_000, 0, null, December16), amounts);
        Assert.False(amounts.IsOverdueOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Of_Should_SumTheInstalments_When_ThereIsNoFullOption()
    {
        OptionState[] options = [Option(true, 12_345, June16, paid: true), Option(true, 12_346, December16, paid: true)];

        Assert.Equal(new PositionAmounts(24_691, 24_691, 0, null, December16), PositionAmounts.Of(options));
    }

    [Fact]
    public void Of_Should_Throw_When_ThePositionHasNoOption()
    {
        Assert.Throws<ArgumentException>(() => PositionAmounts.Of([]));
    }

    private static OptionState Option(bool partial, long cents, DateOnly due, bool paid = false) =>
        new(partial, paid ? PaymentOptionStatus.Paid : PaymentOptionStatus.Unpaid, due, cents);
}
