namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// The Comune's school canteen tariff (ristorazione scolastica): a fee per meal eaten, by ISEE band,
/// with discounts for the second child and for the third and further children of a household who
/// use the canteen in the same school year. A household without a valid ISEE pays the top band.
/// The bands are modelled on Genova's banded tariff; the figures are this city's own.
/// </summary>
public static class CanteenTariff
{
    /// <summary>The most children a quote accepts.</summary>
    public const int MaxChildren = 10;

    /// <summary>The most meals per month a quote accepts (weekdays of the longest month).</summary>
    public const int MaxMealsPerMonth = 23;

    /// <summary>The meals per month a quote assumes when none is given.</summary>
    public const int DefaultMealsPerMonth = 20;

    /// <summary>The discount on the second child's meals, in percent.</summary>
    public const int SecondChildDiscountPercent = 20;

    /// <summary>The discount on the meals of the third and every further child, in percent.</summary>
    public const int ThirdChildDiscountPercent = 50;

    /// <summary>The bands, lowest ISEE first; contiguous, the last one open-ended.</summary>
    public static IReadOnlyList<CanteenFeeBand> Bands { get; } =
    [
        new("A", 0, 4_000_00, 1_00),
        new("B", 4_000_01, 8_000_00, 1_80),
        new("C", 8_000_01, 12_000_00, 2_70),
        new("D", 12_000_01, 16_000_00, 3_60),
        new("E", 16_000_01, 22_000_00, 4_40),
        new("F", 22_000_01, 30_000_00, 5_20),
        new("G", 30_000_01, null, 6_00),
    ];

    /// <summary>The band of a household without a valid ISEE: the top one.</summary>
    public static CanteenFeeBand TopBand => Bands[^1];

    /// <summary>The band of an ISEE in cents; the top band for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The ISEE is negative.</exception>
    public static CanteenFeeBand BandFor(long? iseeCents)
    {
        if (iseeCents is not { } isee)
        {
            return TopBand;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(isee, nameof(iseeCents));
        return Bands.First(b => b.Contains(isee));
    }

    /// <summary>The sibling discount of the child in place <paramref name="ordinal"/> (1 for the eldest).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is below 1.</exception>
    public static int SiblingDiscountPercent(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        return ordinal switch
        {
            1 => 0,
            2 => SecondChildDiscountPercent,
            _ => ThirdChildDiscountPercent,
        };
    }

    /// <summary>The fee per meal of the child in place <paramref name="ordinal"/>, in cents, rounded half away from zero.</summary>
    public static long MealFeeCents(CanteenFeeBand band, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(band);
        var discounted = band.MealFeeCents * (100 - SiblingDiscountPercent(ordinal));
        return (long)Math.Round(discounted / 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>Quotes what a household with <paramref name="children"/> canteen users pays.</summary>
    /// <param name="iseeCents">The household's ISEE in cents; null without one.</param>
    /// <param name="children">How many children use the canteen, 1 to <see cref="MaxChildren"/>.</param>
    /// <param name="mealsPerMonth">Meals per child in a month, 0 to <see cref="MaxMealsPerMonth"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static CanteenFeeQuote Quote(long? iseeCents, int children, int mealsPerMonth = DefaultMealsPerMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(children, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(children, MaxChildren);
        ArgumentOutOfRangeException.ThrowIfNegative(mealsPerMonth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mealsPerMonth, MaxMealsPerMonth);
        var band = BandFor(iseeCents);
        var fees = Enumerable.Range(1, children)
            .Select(ordinal =>
            {
                var fee = MealFeeCents(band, ordinal);
                return new CanteenChildFee(ordinal, SiblingDiscountPercent(ordinal), fee, fee * mealsPerMonth);
            })
            .ToArray();
        return new CanteenFeeQuote(iseeCents, band, mealsPerMonth, fees);
    }

    /// <summary>
    /// The day whose valid ISEE sets a school year's band: 31 March of the year the school year ends
    /// in, or of the reference year if that is earlier. Families renew the ISEE (it expires on 31
    /// December) in the first quarter; the band of the attestation current then applies to the whole
    /// school year, and the bills of the months already served are settled at it.
    /// </summary>
    public static DateOnly IseeAssessmentDate(SchoolYear year, DateOnly referenceDate)
    {
        var endYear = Math.Min(year.StartYear + 1, referenceDate.Year);
        return new DateOnly(endYear, 3, 31);
    }
}
