namespace Fascicolo.Testing;

/// <summary>A clock that always reads the same instant, so dates, statuses and snapshots never drift.</summary>
/// <param name="now">The instant it reads.</param>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon UTC of <paramref name="today"/>: the same calendar day in Rome, summer or winter.</summary>
    /// <param name="today">The day.</param>
    /// <returns>The clock.</returns>
    public static FixedTimeProvider NoonOf(DateOnly today) => new(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => now;
}
