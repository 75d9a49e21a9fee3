using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Italian municipalities other than Genova that residents were born in, with rough weights: the
/// Riviera, the cities of the north-west, and the south and Sardinia of the post-war migration.
/// </summary>
internal static class ItalianBirthplaces
{
    /// <summary>Belfiore codes by weight.</summary>
    public static readonly WeightedTable<string> Elsewhere = WeightedText.Parse("""
        E463 8;I480 8;C621 6;H183 4;I693 3;E488 2;E290 3;I138 3;A388 2;H212 2;B490 1;C823 1;
        L219 5;F205 6;A182 3;F965 2;L304 1;G388 1;G535 1;G337 1;A944 2;D612 2;H501 5;L736 1;L781 1;
        A794 1;B157 1;L424 1;G478 1;G482 1;A271 1;
        F839 6;G273 4;C351 3;F158 2;H224 3;D086 2;C352 1;D122 1;A662 2;E506 1;L049 1;D643 1;H703 2;
        B963 1;A509 1;G942 1;A089 2;B429 2;L331 1;I754 1;H163 1;C342 1;B354 2;I452 2;F979 1
        """);
}
