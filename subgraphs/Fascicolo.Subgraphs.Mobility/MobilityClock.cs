namespace Fascicolo.Subgraphs.Mobility;

/// <summary>
/// Now and today in Italy, for the statuses that depend on them (a tax overdue, a fine past its
/// reduced period, a permit lapsed) and the default time of the transit queries. Reads the
/// registered <see cref="TimeProvider"/>, so tests can pin it.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class MobilityClock(TimeProvider timeProvider)
{
    /// <summary>Italy's time zone (UTC when the host has no time zone data).</summary>
    public static readonly TimeZoneInfo Italy = FindItaly();

    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>Today's date in the Europe/Rome time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Italy).DateTime);

    /// <summary>An instant as Italian local time with its offset, e.g. <c>2026-01-02T08:15:00+01:00</c>.</summary>
    public static DateTimeOffset InItaly(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Italy);

    /// <summary>An Italian wall-clock time (as generated data records it) as an instant.</summary>
    public static DateTimeOffset FromItalianTime(DateTime local) =>
        new(local, Italy.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    private static TimeZoneInfo FindItaly()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
