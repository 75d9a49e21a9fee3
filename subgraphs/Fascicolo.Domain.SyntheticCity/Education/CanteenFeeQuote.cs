namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A simulation of the canteen fees of a household: its band and what each child pays.</summary>
/// <param name="IseeCents">The ISEE simulated, in cents; null for a household without one.</param>
/// <param name="Band">The band the ISEE falls in (the top band without an ISEE).</param>
/// <param name="MealsPerMonth">The meals per child the monthly figures assume.</param>
/// <param name="Children">Each child's fee, eldest first.</param>
public sealed record CanteenFeeQuote(long? IseeCents, CanteenFeeBand Band, int MealsPerMonth, IReadOnlyList<CanteenChildFee> Children)
{
    /// <summary>What the household pays for one day on which every child eats at school, in cents.</summary>
    public long DailyCents => Children.Sum(c => c.MealFeeCents);

    /// <summary>What the household pays for the quoted meals of a month, in cents.</summary>
    public long MonthlyCents => Children.Sum(c => c.MonthlyCents);
}
