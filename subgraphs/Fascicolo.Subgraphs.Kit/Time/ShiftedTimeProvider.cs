namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The system clock moved to another day: time still passes, but "today" started on the given date.
/// The local hub runs on a city generated as of a reference date, so deadlines, school years and
/// statuses must be judged as of that date, not as of the machine's.
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private readonly TimeSpan _offset;

    /// <summary>Starts the clock on <paramref name="today"/> at the current UTC time of day.</summary>
    /// <param name="today">The day the clock reads now.</param>
    /// <param name="system">The clock to shift; <see cref="TimeProvider.System"/> when null.</param>
    public ShiftedTimeProvider(DateOnly today, TimeProvider? system = null)
    {
        System = system ?? TimeProvider.System;
        var now = System.GetUtcNow();
        _offset = new DateTimeOffset(today.ToDateTime(TimeOnly.FromTimeSpan(now.TimeOfDay)), TimeSpan.Zero) - now;
    }

    /// <summary>The clock being shifted.</summary>
    public new TimeProvider System { get; }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
