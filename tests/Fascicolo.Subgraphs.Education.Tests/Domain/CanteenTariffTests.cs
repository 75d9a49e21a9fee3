using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

public sealed class CanteenTariffTests
{
    [Theory]
    [InlineData(0L, "A")]
    [InlineData(4_000_00L, "A")]
    [InlineData(4_000_01L, "B")]
    [InlineData(12_000_00L, "C")]
    [InlineData(12_000_01L, "D")]
    [InlineData(26_470_59L, "F")] // the parent persona's ISEE
    [InlineData(5_762_71L, "B")] // the welfare persona's ISEE
    [InlineData(30_000_00L, "F")]
    [InlineData(30_000_01L, "G")]
    [InlineData(1_000_000_00L, "G")]
    public void BandFor_Should_PickTheBandHoldingTheIsee_When_GivenAnIsee(long iseeCents, string expected)
    {
        Assert.Equal(expected, CanteenTariff.BandFor(iseeCents).Code);
    }

    [Fact]
    public void BandFor_Should_BeTheTopBand_When_ThereIsNoIsee()
    {
        Assert.Equal("G", CanteenTariff.BandFor(null).Code);
        Assert.Same(CanteenTariff.TopBand, CanteenTariff.BandFor(null));
    }

    [Fact]
    public void BandFor_Should_Throw_When_TheIseeIsNegative()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CanteenTariff.BandFor(-1));
    }

    [Fact]
    public void Bands_Should_BeContiguousAndRising_When_Listed()
    {
        var bands = CanteenTariff.Bands;

        Assert.Equal(0, bands[0].MinIseeCents);
        Assert.Null(bands[^1].MaxIseeCents);
        for (var i = 1; i < bands.Count; i++)
        {
            Assert.Equal(bands[i - 1].MaxIseeCents + 1, bands[i].MinIseeCents);
            Assert.True(bands[i].MealFeeCents > bands[i - 1].MealFeeCents);
        }
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 20)]
    [InlineData(3, 50)]
    [InlineData(7, 50)]
    public void SiblingDiscountPercent_Should_GrowWithTheChildsPlace_When_Asked(int ordinal, int expected)
    {
        Assert.Equal(expected, CanteenTariff.SiblingDiscountPercent(ordinal));
    }

    [Theory]
    [InlineData(5_20, 1, 5_20)]
    [InlineData(5_20, 2, 4_16)] // 5.20 - 20%
    [InlineData(5_20, 3, 2_60)] // 5.20 - 50%
    [InlineData(2_70, 2, 2_16)]
    [InlineData(1_35, 3, 68)] // 0.675 rounds half away from zero
    [InlineData(1_33, 2, 1_06)] // 1.064 rounds down
    public void MealFeeCents_Should_ApplyTheSiblingDiscountRoundedToTheCent_When_Computed(long bandFee, int ordinal, long expected)
    {
        var band = new CanteenFeeBand("X", 0, null, bandFee);

        Assert.Equal(expected, CanteenTariff.MealFeeCents(band, ordinal));
    }

    [Fact]
    public void Quote_Should_PriceEveryChild_When_AHouseholdOfBandFHasThreeChildren()
    {
        // ISEE 26,470.59 euro is band F (5.20 euro a meal): 5.20, 4.16 and 2.60 a meal; 20 meals a month each.
        var quote = CanteenTariff.Quote(26_470_59, 3, 20);

        Assert.Equal("F", quote.Band.Code);
        Assert.Equal([5_20L, 4_16L, 2_60L], quote.Children.Select(c => c.MealFeeCents));
        Assert.Equal([104_00L, 83_20L, 52_00L], quote.Children.Select(c => c.MonthlyCents));
        Assert.Equal(11_96, quote.DailyCents);
        Assert.Equal(239_20, quote.MonthlyCents);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(11, 20)]
    [InlineData(1, -1)]
    [InlineData(1, 24)]
    public void Quote_Should_Throw_When_ChildrenOrMealsAreOutOfRange(int children, int meals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CanteenTariff.Quote(1_000_00, children, meals));
    }

    [Theory]
    [InlineData(2025, "2026-01-01", "2026-03-31")] // the school year in progress: this year's ISEE
    [InlineData(2024, "2026-01-01", "2025-03-31")] // last school year: last year's ISEE
    [InlineData(2026, "2026-10-01", "2026-03-31")] // a school year that ends next year: this year's ISEE, not a future one
    public void IseeAssessmentDate_Should_BeTheThirtyFirstOfMarch_When_ASchoolYearIsPriced(int startYear, string today, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        var date = CanteenTariff.IseeAssessmentDate(new SchoolYear(startYear), DateOnly.Parse(today, culture));

        Assert.Equal(DateOnly.Parse(expected, culture), date);
    }
}
