namespace Fascicolo.Subgraphs.Payments;

/// <summary>
/// Now and today in Italy, for everything that depends on the date: a position's status (validity
/// date reached, last due date passed), overdue flags, receipts dated in the future. Reads the
/// registered <see cref="TimeProvider"/>, so tests pin the clock.
/// </summary>
/// <param name="timeProvider">The time source.</param>
internal sealed class PaymentsClock(TimeProvider timeProvider)
{
    // Due dates are Italian calendar days: the day turns at midnight in Rome, not in UTC.
    private static readonly TimeZoneInfo Italy = FindItaly();

    /// <summary>The time zone of due dates and of the seeded payment times.</summary>
    public static TimeZoneInfo TimeZone => Italy;

    /// <summary>The current instant.</summary>
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
