namespace Fascicolo.Domain.SyntheticCity;

/// <summary>
/// Genova's public holidays: the <see cref="ItalianHolidays"/> and the patron saint, San Giovanni
/// Battista (24 June). They move deadlines (a term that ends on a Sunday or a holiday moves to the
/// next day that is neither, c.c. art. 2963; Saturdays are working days for this rule) and switch the
/// buses to the Sunday timetable.
/// </summary>
public static class GenovaCalendar
{
    // San Giovanni Battista, Genova's patron saint.
    private const int PatronMonth = 6;
    private const int PatronDay = 24;

    /// <summary>Genova's public holidays of a year, in date order.</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>The holidays.</returns>
    public static IReadOnlyList<DateOnly> PublicHolidaysOf(int year) =>
        [.. ItalianHolidays.Of(year).Append(new DateOnly(year, PatronMonth, PatronDay)).Order()];

    /// <summary>Whether <paramref name="date"/> is a national holiday, Easter Monday or Genova's patron day (San Giovanni Battista, 24 June).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True on a public holiday.</returns>
    public static bool IsPublicHoliday(DateOnly date) =>
        date is { Month: PatronMonth, Day: PatronDay } || ItalianHolidays.IsHoliday(date);

    /// <summary>The first day on or after <paramref name="date"/> that is not a Sunday or a public holiday.</summary>
    /// <param name="date">The day a term ends.</param>
    /// <returns>The day it moves to.</returns>
    public static DateOnly RollForward(DateOnly date)
    {
        while (date.DayOfWeek == DayOfWeek.Sunday || IsPublicHoliday(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }
}
