namespace Fascicolo.Subgraphs.Territory;

/// <summary>
/// Now, and today's date in Italy: whether a certificate is still valid, which alerts are in force,
/// when a registration was made. Reads the registered <see cref="TimeProvider"/>, so tests can pin it.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class TerritoryClock(TimeProvider timeProvider)
{
    // A certificate's day turns at midnight in Rome, not at midnight UTC.
    private static readonly TimeZoneInfo Italy = FindItaly();

    /// <summary>The current instant, in UTC.</summary>
    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;

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
