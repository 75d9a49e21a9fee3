using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>When the desks work: weekdays that are not holidays, between 07:00 and 16:00 UTC (08:00-18:00 in Italy).</summary>
internal static class OfficeHours
{
    private const int OpeningMinuteUtc = 7 * 60;
    private const int OpenMinutes = 9 * 60;

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public static DateOnly Day(DateOnly date)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || GenovaCalendar.IsPublicHoliday(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }

    /// <summary>A random moment of the working day on or after <paramref name="date"/>.</summary>
    public static DateTimeOffset At(DateOnly date, SplitMix64 random)
    {
        var minute = OpeningMinuteUtc + random.Next(OpenMinutes);
        var second = random.Next(60);
        return new DateTimeOffset(Day(date).ToDateTime(new TimeOnly(minute / 60, minute % 60, second)), TimeSpan.Zero);
    }

    /// <summary>The date of a moment (in office hours the UTC and Italian dates agree).</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);
}
