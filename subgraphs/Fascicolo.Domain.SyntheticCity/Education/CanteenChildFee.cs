namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>What one child of a household pays per meal, after the sibling discount.</summary>
/// <param name="Ordinal">The child's place among the household's children using the canteen, eldest first (1, 2, 3…).</param>
/// <param name="DiscountPercent">The sibling discount: 0 for the first child.</param>
/// <param name="MealFeeCents">The fee per meal after the discount, in cents.</param>
/// <param name="MonthlyCents">The fee for the quoted meals of a month, in cents.</param>
public sealed record CanteenChildFee(int Ordinal, int DiscountPercent, long MealFeeCents, long MonthlyCents);
