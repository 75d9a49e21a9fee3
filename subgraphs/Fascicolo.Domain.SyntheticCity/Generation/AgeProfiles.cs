using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// Age profiles tuned so that the city matches Genova's pyramid (about 28% aged 65 or more, 11%
/// under 15): many elderly people alone or in couples, families with few children, immigrant
/// families younger than native ones.
/// </summary>
internal static class AgeProfiles
{
    /// <summary>Families settled in Italy.</summary>
    public static readonly AgeProfile Native = new(
        Single: Bands((18, 29, 6), (30, 44, 12), (45, 64, 30), (65, 79, 24), (80, 89, 22), (90, 99, 6)),
        Couple: Bands((22, 34, 8), (35, 49, 11), (50, 64, 25), (65, 79, 38), (80, 89, 15), (90, 96, 3)),
        Parents: Bands((26, 34, 12), (35, 44, 28), (45, 54, 34), (55, 64, 20), (65, 75, 6)),
        LoneParent: Bands((28, 44, 25), (45, 59, 38), (60, 74, 22), (75, 92, 15)),
        WithGrandparents: new(33, 60),
        WithGrandchildren: new(52, 88),
        Siblings: new(40, 90),
        Assisted: Bands((78, 89, 70), (90, 99, 30)));

    /// <summary>Families who immigrated: younger, rarely elderly.</summary>
    public static readonly AgeProfile Immigrant = new(
        Single: Bands((20, 34, 40), (35, 49, 35), (50, 64, 25)),
        Couple: Bands((22, 34, 35), (35, 49, 40), (50, 64, 25)),
        Parents: Bands((22, 34, 35), (35, 44, 40), (45, 55, 25)),
        LoneParent: Bands((24, 39, 50), (40, 55, 50)),
        WithGrandparents: new(28, 50),
        WithGrandchildren: new(45, 70),
        Siblings: new(20, 50),
        Assisted: Bands((78, 89, 70), (90, 99, 30)));

    private static WeightedTable<AgeBand> Bands(params (int Min, int Max, int Weight)[] bands) =>
        new(bands.Select(b => (new AgeBand(b.Min, b.Max), b.Weight)));
}
