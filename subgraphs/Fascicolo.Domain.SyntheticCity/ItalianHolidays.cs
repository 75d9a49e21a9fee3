namespace Fascicolo.Domain.SyntheticCity;

/// <summary>
/// Italy's national public holidays (L. 260/1949 and later) and Easter Monday, with Easter itself,
/// which the school calendar's breaks also follow. A city's patron saint's day is the city's own
/// (Genova's is in <see cref="GenovaCalendar"/>).
/// </summary>
public static class ItalianHolidays
{
    private static readonly (int Month, int Day)[] Fixed =
    [
        (1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26),
    ];

    /// <summary>The national holidays of a year, Easter Monday included, in date order.</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>The holidays.</returns>
    public static IReadOnlyList<DateOnly> Of(int year) =>
        [.. Fixed.Select(d => new DateOnly(year, d.Month, d.Day)).Append(EasterSunday(year).AddDays(1)).Order()];

    /// <summary>Whether <paramref name="date"/> is a national holiday or Easter Monday.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True on a holiday.</returns>
    public static bool IsHoliday(DateOnly date) => Of(date.Year).Contains(date);

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous algorithm published by Meeus, Jones and Butcher).</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>Easter Sunday.</returns>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
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
