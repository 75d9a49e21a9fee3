namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>
/// The monthly income support (benefit M1.01) for a household below the access threshold: the gap
/// between the threshold and the household's ISEE, brought back to the household's scale
/// (ISEE × scale is the household's equivalent income), paid over twelve months in whole euro.
/// </summary>
public static class IncomeSupport
{
    /// <summary>The access threshold: an ISEE of 9,360.00 euro, the Assegno di inclusione's.</summary>
    public const long ThresholdIseeCents = 936_000;

    /// <summary>The least monthly amount worth paying: 50.00 euro.</summary>
    public const long MinimumMonthlyCents = 5_000;

    /// <summary>The most paid in a month: 600.00 euro.</summary>
    public const long MaximumMonthlyCents = 60_000;

    /// <summary>The monthly amount in cents (whole euro), or 0 when the ISEE is at or above the threshold.</summary>
    /// <param name="iseeCents">The household's ISEE, not negative.</param>
    /// <param name="equivalenceScale">The attestation's equivalence scale, at least 1.</param>
    public static long MonthlyCents(long iseeCents, decimal equivalenceScale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iseeCents);
        ArgumentOutOfRangeException.ThrowIfLessThan(equivalenceScale, 1m);
        if (iseeCents >= ThresholdIseeCents)
        {
            return 0;
        }

        var monthly = (ThresholdIseeCents - iseeCents) * equivalenceScale / 12m;
        var wholeEuro = (long)Math.Floor(monthly / 100m) * 100;
        return Math.Clamp(wholeEuro, MinimumMonthlyCents, MaximumMonthlyCents);
    }
}
