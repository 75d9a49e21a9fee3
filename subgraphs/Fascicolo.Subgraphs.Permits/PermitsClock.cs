namespace Fascicolo.Subgraphs.Permits;

/// <summary>
/// The time of the permits desks: the moment a step is recorded, and today's date in Italy, from
/// which a term restarts. Reads the registered <see cref="TimeProvider"/>, so tests can pin it.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class PermitsClock(TimeProvider timeProvider)
{
    // Terms are counted in Italian calendar days: the day turns at midnight in Rome, not in UTC.
    private static readonly TimeZoneInfo Italy = FindItaly();

    /// <summary>Now, in UTC.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>Today's date in the Europe/Rome time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Italy).DateTime);

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
