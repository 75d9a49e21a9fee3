namespace Fascicolo.Subgraphs.Education;

/// <summary>
/// Today's date in Italy, for the fields that depend on it (whether a bill is overdue). Reads the
/// registered <see cref="TimeProvider"/>, so tests can pin the date.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class EducationClock(TimeProvider timeProvider)
{
    // A bill falls due at midnight in Rome, not at midnight UTC.
    private static readonly TimeZoneInfo Italy = FindItaly();

    /// <summary>Today's date in the Europe/Rome time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Italy).DateTime);

    private static TimeZoneInfo FindItaly()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: UTC is at most two hours off.
            return TimeZoneInfo.Utc;
        }
    }
}
