namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// The school calendar, by rules modelled on Regione Liguria's yearly calendars: lessons start on the
/// Monday on or after 12 September and end on the last weekday on or before 10 June (30 June for the
/// scuola dell'infanzia, 31 July for the nidi, which open on 1 September); no lessons on Saturdays,
/// Sundays, 1 November, 8 December, from 23 December to 6 January, the two days of Carnival before
/// Ash Wednesday, from the Thursday before Easter to the Tuesday after, 25 April, 1 May and 2 June.
/// </summary>
public static class SchoolCalendar
{
    /// <summary>The first day of lessons (of service, for a nursery) of a school year.</summary>
    public static DateOnly FirstDay(SchoolYear year, SchoolOrder order) => order == SchoolOrder.Nursery
        ? OnOrAfter(year.FirstDay, weekday: null)
        : OnOrAfter(new DateOnly(year.StartYear, 9, 12), DayOfWeek.Monday);

    /// <summary>The last day of lessons (of service, for a nursery or preschool) of a school year.</summary>
    public static DateOnly LastDay(SchoolYear year, SchoolOrder order)
    {
        var end = order switch
        {
            SchoolOrder.Nursery => new DateOnly(year.StartYear + 1, 7, 31),
            SchoolOrder.Preschool => new DateOnly(year.StartYear + 1, 6, 30),
            _ => new DateOnly(year.StartYear + 1, 6, 10),
        };
        while (IsWeekend(end))
        {
            end = end.AddDays(-1);
        }

        return end;
    }

    /// <summary>Whether the school is open on <paramref name="date"/>: a weekday within the year's lessons that is no holiday.</summary>
    public static bool IsSchoolDay(SchoolYear year, SchoolOrder order, DateOnly date) =>
        !IsWeekend(date) && date >= FirstDay(year, order) && date <= LastDay(year, order) && !IsHoliday(date);

    /// <summary>Whether <paramref name="date"/> is a national, religious or regional school holiday (weekends aside).</summary>
    public static bool IsHoliday(DateOnly date)
    {
        var easter = ItalianHolidays.EasterSunday(date.Year);
        return (date.Month, date.Day) switch
        {
            (11, 1) or (12, 8) or (4, 25) or (5, 1) or (6, 2) => true,
            (12, >= 23) or (1, <= 6) => true,
            _ => date >= easter.AddDays(-48) && date <= easter.AddDays(-47) // Carnival: Monday and Tuesday before Ash Wednesday
                || (date >= easter.AddDays(-3) && date <= easter.AddDays(2)), // Easter: Thursday to Tuesday
        };
    }

    /// <summary>
    /// The days the canteen serves a school of <paramref name="order"/> between two dates (inclusive):
    /// school days from the canteen's start, Monday to Friday for preschool and primary, Tuesday and
    /// Thursday (the afternoons of the tempo prolungato) for lower secondary; none for a nursery,
    /// whose meals are part of its own fee.
    /// </summary>
    public static IReadOnlyList<DateOnly> CanteenDays(SchoolYear year, SchoolOrder order, DateOnly from, DateOnly to)
    {
        if (order == SchoolOrder.Nursery)
        {
            return [];
        }

        var start = CanteenStart(year, order);
        var days = new List<DateOnly>();
        for (var day = from < start ? start : from; day <= to; day = day.AddDays(1))
        {
            if (IsSchoolDay(year, order, day) && (order != SchoolOrder.LowerSecondary || day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>
    /// The first day of canteen service: the first day of lessons for preschool, a week later for
    /// primary (the first week has short days), the first Monday of October for lower secondary.
    /// </summary>
    public static DateOnly CanteenStart(SchoolYear year, SchoolOrder order) => order switch
    {
        SchoolOrder.Primary => FirstDay(year, order).AddDays(7),
        SchoolOrder.LowerSecondary => OnOrAfter(new DateOnly(year.StartYear, 10, 1), DayOfWeek.Monday),
        _ => FirstDay(year, order),
    };

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // The first day on or after 'date' that is the given weekday (any weekday from Monday to Friday when null).
    private static DateOnly OnOrAfter(DateOnly date, DayOfWeek? weekday)
    {
        while (weekday is { } wanted ? date.DayOfWeek != wanted : IsWeekend(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
