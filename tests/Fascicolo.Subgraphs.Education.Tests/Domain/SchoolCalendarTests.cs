using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

public sealed class SchoolCalendarTests
{
    private static readonly SchoolYear Year2025 = new(2025);

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    public void EasterSunday_Should_MatchTheCalendar_When_Computed(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ItalianHolidays.EasterSunday(year));
    }

    [Fact]
    public void FirstDay_Should_BeTheMondayOnOrAfterTheTwelfthOfSeptember_When_ASchoolOpens()
    {
        // 12 September 2025 is a Friday, 12 September 2024 a Thursday.
        Assert.Equal(new DateOnly(2025, 9, 15), SchoolCalendar.FirstDay(Year2025, SchoolOrder.Primary));
        Assert.Equal(new DateOnly(2024, 9, 16), SchoolCalendar.FirstDay(new SchoolYear(2024), SchoolOrder.Preschool));
        // Nurseries open on 1 September (a Monday in 2025).
        Assert.Equal(new DateOnly(2025, 9, 1), SchoolCalendar.FirstDay(Year2025, SchoolOrder.Nursery));
    }

    [Fact]
    public void LastDay_Should_BeTheTenthOfJuneOrTheEndOfJune_When_TheOrderDiffers()
    {
        Assert.Equal(new DateOnly(2026, 6, 10), SchoolCalendar.LastDay(Year2025, SchoolOrder.Primary));
        Assert.Equal(new DateOnly(2026, 6, 30), SchoolCalendar.LastDay(Year2025, SchoolOrder.Preschool));
        Assert.Equal(new DateOnly(2026, 7, 31), SchoolCalendar.LastDay(Year2025, SchoolOrder.Nursery));
        // 10 June 2028 is a Saturday: lessons end on Friday the 9th.
        Assert.Equal(new DateOnly(2028, 6, 9), SchoolCalendar.LastDay(new SchoolYear(2027), SchoolOrder.LowerSecondary));
    }

    [Theory]
    [InlineData("2025-11-01", true)] // Ognissanti
    [InlineData("2025-12-08", true)] // Immacolata
    [InlineData("2025-12-23", true)] // Christmas holidays
    [InlineData("2026-01-06", true)]
    [InlineData("2026-01-07", false)]
    [InlineData("2026-02-16", true)] // Carnival: Ash Wednesday 2026 is 18 February
    [InlineData("2026-02-17", true)]
    [InlineData("2026-02-18", false)]
    [InlineData("2026-04-02", true)] // Easter 2026 is 5 April: Thursday to Tuesday
    [InlineData("2026-04-07", true)]
    [InlineData("2026-04-08", false)]
    [InlineData("2026-04-25", true)]
    [InlineData("2026-06-02", true)]
    [InlineData("2025-11-03", false)]
    public void IsHoliday_Should_FollowTheRegionalCalendar_When_AskedAboutADay(string day, bool expected)
    {
        Assert.Equal(expected, SchoolCalendar.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // Primary canteen opens a week after lessons: 22-30 September 2025, seven weekdays.
    [InlineData(SchoolOrder.Primary, 9, 7)]
    [InlineData(SchoolOrder.Primary, 10, 23)]
    // 1 November 2025 is a Saturday: twenty weekdays.
    [InlineData(SchoolOrder.Primary, 11, 20)]
    // 1-22 December less the 8th.
    [InlineData(SchoolOrder.Primary, 12, 15)]
    // Preschool from the first day of lessons, 15 September: twelve weekdays.
    [InlineData(SchoolOrder.Preschool, 9, 12)]
    // Lower secondary from Monday 6 October, Tuesdays and Thursdays: the 7th, 9th, 14th, 16th, 21st, 23rd, 28th, 30th.
    [InlineData(SchoolOrder.LowerSecondary, 10, 8)]
    [InlineData(SchoolOrder.Nursery, 10, 0)]
    public void CanteenDays_Should_CountTheServedWeekdays_When_AMonthOf2025IsAsked(SchoolOrder order, int month, int expected)
    {
        var from = new DateOnly(2025, month, 1);

        var days = SchoolCalendar.CanteenDays(Year2025, order, from, from.AddMonths(1).AddDays(-1));

        Assert.Equal(expected, days.Count);
        Assert.All(days, d => Assert.True(SchoolCalendar.IsSchoolDay(Year2025, order, d)));
    }
}
