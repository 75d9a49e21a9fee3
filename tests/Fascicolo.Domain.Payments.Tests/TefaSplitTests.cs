using CsCheck;
using Fascicolo.Domain.Payments.Transfers;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class TefaSplitTests
{
    [Theory]
    // € 105.00 = TARI € 100.00 + TEFA 5% € 5.00.
    [InlineData(10_500L, 10_000L, 500L)]
    // € 248.37: 248.37 × 5/105 = 11.8271… → € 11.83; TARI € 236.54 (× 5% = 11.827).
    [InlineData(24_837L, 23_654L, 1_183L)]
    // 21 cents: 21 × 5/105 = 1.0 → 1 cent.
    [InlineData(21L, 20L, 1L)]
    // 5/105 = 1/21, so a gross never splits on an exact half: 32 cents → 1.52 → 2 cents, 31 → 1.48 → 1.
    [InlineData(32L, 30L, 2L)]
    [InlineData(31L, 30L, 1L)]
    [InlineData(0L, 0L, 0L)]
    public void Of_Should_TakeFivePartsInAHundredAndFive_When_SplittingGenovasTari(long gross, long tari, long tefa)
    {
        Assert.Equal(new TefaSplit(tari, tefa), TefaSplit.Of(gross, TefaSplit.GenovaRatePercent));
    }

    [Fact]
    public void Of_Should_AddUpToTheGrossAndBeFivePercentOfTheTariToTheCent_When_GivenAnyAmount()
    {
        Gen.Long[0, 100_000_000].Sample(gross =>
        {
            var split = TefaSplit.Of(gross, TefaSplit.GenovaRatePercent);

            Assert.Equal(gross, split.TariCents + split.TefaCents);
            // 5% of the TARI share, within a cent either way of rounding.
            Assert.InRange((split.TefaCents * 100) - (split.TariCents * 5), -100, 100);
        });
    }
}
