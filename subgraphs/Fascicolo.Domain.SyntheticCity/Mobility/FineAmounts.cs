namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// What a fine costs when (art. 202 of the Codice della strada): the minimum sanction within 60 days
/// of notification, 30% less when paid within 5 days (where allowed); procedure and notification
/// expenses are added in full either way.
/// </summary>
public static class FineAmounts
{
    /// <summary>Days from notification during which the reduced amount may be paid.</summary>
    public const int ReducedDays = 5;

    /// <summary>Days from notification during which the minimum sanction may be paid.</summary>
    public const int PayableDays = 60;

    /// <summary>The reduction, in percent.</summary>
    public const int ReductionPercent = 30;

    /// <summary>The amount due within 60 days: the minimum sanction plus expenses.</summary>
    /// <param name="sanctionCents">The minimum sanction.</param>
    /// <param name="expensesCents">The procedure and notification expenses.</param>
    /// <returns>The amount in cents.</returns>
    public static long Full(long sanctionCents, long expensesCents) => checked(sanctionCents + expensesCents);

    /// <summary>The amount due within 5 days: the sanction less 30% (rounded half up to the cent) plus expenses.</summary>
    /// <param name="sanctionCents">The minimum sanction.</param>
    /// <param name="expensesCents">The procedure and notification expenses.</param>
    /// <returns>The amount in cents.</returns>
    public static long Reduced(long sanctionCents, long expensesCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sanctionCents);
        var reducedSanction = ((sanctionCents * (100 - ReductionPercent)) + 50) / 100;
        return checked(reducedSanction + expensesCents);
    }

    /// <summary>The last day the reduced amount may be paid.</summary>
    /// <param name="notifiedOn">The day the fine was notified (or contested on the spot).</param>
    /// <returns>The notification day plus 5 days.</returns>
    public static DateOnly ReducedUntil(DateOnly notifiedOn) => notifiedOn.AddDays(ReducedDays);

    /// <summary>The last day the minimum sanction may be paid.</summary>
    /// <param name="notifiedOn">The day the fine was notified.</param>
    /// <returns>The notification day plus 60 days.</returns>
    public static DateOnly PayableUntil(DateOnly notifiedOn) => notifiedOn.AddDays(PayableDays);
}
