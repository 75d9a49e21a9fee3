using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Mobility;

namespace Fascicolo.Subgraphs.Mobility.Tests.Facet;

/// <summary>Easter (Meeus) and the holidays that switch Genova's buses to the Sunday timetable.</summary>
public sealed class ItalianHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // the latest possible
    [InlineData(2285, 3, 22)] // the earliest possible
    public void EasterSunday_Should_MatchTheGregorianCalendar_When_Computed(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ItalianHolidays.EasterSunday(year));
    }

    [Fact]
    public void Of_Should_ListTheNationalHolidaysEasterMondayAndSanGiovanni_When_AskedForAYear()
    {
        var holidays = GenovaCalendar.PublicHolidaysOf(2026);

        Assert.Equal(12, holidays.Count);
        Assert.Contains(new DateOnly(2026, 4, 6), holidays); // Easter Monday
        Assert.Contains(new DateOnly(2026, 6, 24), holidays); // San Giovanni Battista, Genova's patron
        Assert.Contains(new DateOnly(2026, 1, 6), holidays);
        Assert.Equal(holidays.Order(), holidays);
        Assert.False(GenovaCalendar.IsPublicHoliday(new DateOnly(2026, 1, 7)));
    }

    [Theory]
    [InlineData("1992-12-31", EmissionClass.Euro0)]
    [InlineData("1993-01-01", EmissionClass.Euro1)]
    [InlineData("2000-12-31", EmissionClass.Euro2)]
    [InlineData("2005-06-01", EmissionClass.Euro3)]
    [InlineData("2010-12-31", EmissionClass.Euro4)]
    [InlineData("2015-08-31", EmissionClass.Euro5)]
    [InlineData("2015-09-01", EmissionClass.Euro6)]
    public void EmissionClass_Should_BeTheStandardMandatoryOnTheRegistrationDay_When_Registered(string date, EmissionClass expected)
    {
        Assert.Equal(expected, EmissionClasses.ForRegistration(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
