namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The user's share of a means-tested service's monthly cost (compartecipazione), by linear
/// progression on the ISEE: nothing up to <see cref="ExemptionIseeCents"/>, the whole cost from
/// <see cref="FullCostIseeCents"/>, and in between the fraction of the way from one to the other.
/// </summary>
public static class CoPayment
{
    /// <summary>ISEE up to which the user pays nothing: 7,500.00 euro.</summary>
    public const long ExemptionIseeCents = 750_000;

    /// <summary>ISEE from which the user pays the whole cost: 30,000.00 euro.</summary>
    public const long FullCostIseeCents = 3_000_000;

    /// <summary>The user's share, in cents, rounded half away from zero.</summary>
    /// <param name="monthlyCostCents">The service's monthly cost, not negative.</param>
    /// <param name="iseeCents">The user's household ISEE, not negative.</param>
    /// <returns>Between 0 and <paramref name="monthlyCostCents"/>.</returns>
    public static long UserShareCents(long monthlyCostCents, long iseeCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyCostCents);
        ArgumentOutOfRangeException.ThrowIfNegative(iseeCents);
        if (iseeCents <= ExemptionIseeCents)
        {
            return 0;
        }
        if (iseeCents >= FullCostIseeCents)
        {
            return monthlyCostCents;
        }

        // Decimal keeps the product exact: cents times a 7-digit span fits easily.
        var share = (decimal)monthlyCostCents * (iseeCents - ExemptionIseeCents) / (FullCostIseeCents - ExemptionIseeCents);
        return (long)Math.Round(share, MidpointRounding.AwayFromZero);
    }
}
