namespace Fascicolo.Subgraphs.Welfare;

/// <summary>
/// Today's date in Italy, for the checks that depend on it (a case cannot be opened in the future).
/// Reads the registered <see cref="TimeProvider"/>, so tests can pin the date.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class WelfareClock(TimeProvider timeProvider)
{
    // The service's day turns at midnight in Rome, not at midnight UTC.
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
