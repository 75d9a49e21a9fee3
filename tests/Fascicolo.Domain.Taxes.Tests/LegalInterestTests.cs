using Fascicolo.Domain.Taxes.Assessments;

namespace Fascicolo.Domain.Taxes.Tests;

public sealed class LegalInterestTests
{
    private static readonly LegalInterestRate[] Rates = [new(2023, 5m), new(2024, 2.5m)];

    [Fact]
    public void Cents_Should_ChangeRateAtNewYear_When_ThePeriodSpansTwoYears()
    {
        // €1,000.00: 31 Dec 2023 at 5% (1 day) + 1-10 Jan 2024 at 2.5% (10 days) = 13.6986 + 68.4932 cents.
        var interest = LegalInterest.Cents(100_000, new DateOnly(2023, 12, 30), new DateOnly(2024, 1, 10), Rates);

        Assert.Equal(82.19m, decimal.Round(interest, 2));
        Assert.Equal(11, LegalInterest.Days(new DateOnly(2023, 12, 30), new DateOnly(2024, 1, 10)));
    }

    [Fact]
    public void Cents_Should_BeZero_When_PaidOnTheDeadline()
    {
        Assert.Equal(0m, LegalInterest.Cents(100_000, new DateOnly(2023, 6, 16), new DateOnly(2023, 6, 16), Rates));
    }

    [Fact]
    public void Cents_Should_Throw_When_AYearHasNoRate()
    {
        Assert.Throws<ArgumentException>(() => LegalInterest.Cents(100, new DateOnly(2022, 12, 1), new DateOnly(2023, 1, 1), Rates));
    }
}
