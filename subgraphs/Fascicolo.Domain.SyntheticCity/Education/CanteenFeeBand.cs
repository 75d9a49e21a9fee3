namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A band (fascia) of the canteen tariff: the fee per meal for households whose ISEE falls in it.</summary>
/// <param name="Code">The band's letter, <c>A</c> (lowest ISEE) to <c>G</c> (highest, or no ISEE).</param>
/// <param name="MinIseeCents">The lowest ISEE of the band, in cents.</param>
/// <param name="MaxIseeCents">The highest ISEE of the band, in cents; null for the top band.</param>
/// <param name="MealFeeCents">The fee per meal for the first child, in cents.</param>
public sealed record CanteenFeeBand(string Code, long MinIseeCents, long? MaxIseeCents, long MealFeeCents)
{
    /// <summary>Whether an ISEE (in cents) falls in this band.</summary>
    public bool Contains(long iseeCents) => iseeCents >= MinIseeCents && (MaxIseeCents is not { } max || iseeCents <= max);
}
