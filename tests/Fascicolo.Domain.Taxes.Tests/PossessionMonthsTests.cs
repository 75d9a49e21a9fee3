using CsCheck;
using Fascicolo.Domain.Taxes.Imu;

namespace Fascicolo.Domain.Taxes.Tests;

public sealed class PossessionMonthsTests
{
    [Theory]
    [InlineData("2025-04-20", 8)] // 11 of April's 30 days: April is the seller's
    [InlineData("2025-04-16", 9)] // 15 of 30 days each: the tie goes to the buyer
    [InlineData("2025-04-17", 8)] // 14 of 30
    [InlineData("2025-03-16", 10)] // 16 of March's 31 days
    [InlineData("2025-03-17", 9)] // 15 of 31
    [InlineData("2025-02-15", 11)] // 14 of February's 28: a tie
    [InlineData("2025-01-01", 12)]
    [InlineData("2025-12-31", 0)]
    [InlineData("2026-01-01", 0)]
    public void InYear_Should_CountTheBuyersMonths_When_BoughtDuringTheYear(string since, int months)
    {
        Assert.Equal(months, PossessionMonths.InYear(2025, DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), null));
    }

    [Fact]
    public void InYear_Should_GiveTheSellerTheMonth_When_HeHeldMoreThanHalf()
    {
        // Sold on 17 March (the buyer's day): the seller held 16 of 31 days.
        Assert.Equal(3, PossessionMonths.InYear(2025, new DateOnly(2000, 1, 1), new DateOnly(2025, 3, 17)));
    }

    [Fact]
    public void InYear_Should_AddUpToTwelve_When_SellerAndBuyerShareTheYear()
    {
        Gen.Int[0, 364].Sample(offset =>
        {
            var transfer = new DateOnly(2025, 1, 1).AddDays(offset);
            var seller = PossessionMonths.InYear(2025, new DateOnly(1990, 5, 5), transfer);
            var buyer = PossessionMonths.InYear(2025, transfer, null);
            return seller + buyer == 12;
        });
    }
}
