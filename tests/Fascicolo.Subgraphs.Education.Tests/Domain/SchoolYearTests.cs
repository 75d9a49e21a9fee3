using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2025/26", 2025)]
    [InlineData("1999/00", 1999)]
    public void TryParse_Should_ReadTheStartYear_When_TheLabelIsValid(string label, int expected)
    {
        Assert.True(SchoolYear.TryParse(label, out var year));
        Assert.Equal(expected, year.StartYear);
        Assert.Equal(label, year.Label);
    }

    [Theory]
    [InlineData("2025/27")]
    [InlineData("2025-26")]
    [InlineData("2025/2026")]
    [InlineData("25/26")]
    [InlineData("abcd/ef")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Should_Fail_When_TheLabelIsNotASchoolYear(string? label)
    {
        Assert.False(SchoolYear.TryParse(label, out _));
    }

    [Theory]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2025-09-01", 2025)]
    [InlineData("2025-08-31", 2024)]
    public void Of_Should_StartTheYearOnTheFirstOfSeptember_When_GivenADate(string date, int expected)
    {
        Assert.Equal(expected, SchoolYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).StartYear);
    }
}
