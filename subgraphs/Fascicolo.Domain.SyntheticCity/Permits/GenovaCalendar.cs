namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// Public holidays in Genova, for deadlines: a term that ends on a Sunday or a holiday moves to the
/// next day that is neither (c.c. art. 2963). Saturdays are working days for this rule.
/// </summary>
public static class GenovaCalendar
{
    /// <summary>Whether <paramref name="date"/> is a national holiday, Easter Monday or Genova's patron day (San Giovanni Battista, 24 June).</summary>
    public static bool IsPublicHoliday(DateOnly date) =>
        (date.Month, date.Day) switch
        {
            (1, 1) or (1, 6) or (4, 25) or (5, 1) or (6, 2) or (6, 24) or (8, 15) or (11, 1) or (12, 8) or (12, 25) or (12, 26) => true,
            _ => date == EasterSunday(date.Year).AddDays(1),
        };

    /// <summary>The first day on or after <paramref name="date"/> that is not a Sunday or a public holiday.</summary>
    public static DateOnly RollForward(DateOnly date)
    {
        while (date.DayOfWeek == DayOfWeek.Sunday || IsPublicHoliday(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
