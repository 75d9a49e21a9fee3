namespace Fascicolo.Subgraphs.Taxes;

/// <summary>
/// Today's date in Italy, for what depends on it (whether a deadline or an assessment is overdue).
/// Reads the registered <see cref="TimeProvider"/>, so tests can pin the date.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class TaxesClock(TimeProvider timeProvider)
{
    // Deadlines fall at midnight in Rome, not at midnight UTC.
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
