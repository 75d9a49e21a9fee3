using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>
/// How big households are and what they are made of. Sizes follow Genova's registry (about 45%
/// single-person households, an average near 1.95 members); the shapes within a size are an
/// informed guess at how an old Italian city lives (elderly couples, adult children at home,
/// widows with a live-in carer, a few three-generation families).
/// </summary>
internal static class HouseholdShapes
{
    /// <summary>The largest household generated.</summary>
    public const int MaxSize = 7;

    /// <summary>Household sizes, per mille.</summary>
    public static readonly WeightedTable<int> Sizes = new([(1, 450), (2, 285), (3, 150), (4, 88), (5, 20), (6, 5), (7, 2)]);

    private static readonly WeightedTable<HouseholdShape>[] BySize =
    [
        new([(new HouseholdShape(), 1)]),
        new(
        [
            (new(Partner: true), 62),
            (new(Children: 1), 25),
            (new(Grandparents: 1), 5),
            (new(Carer: true), 4),
            (new(Siblings: 1), 4),
        ]),
        new(
        [
            (new(Partner: true, Children: 1), 66),
            (new(Children: 2), 13),
            (new(Partner: true, Grandparents: 1), 5),
            (new(Children: 1, Grandparents: 1), 4),
            (new(Children: 1, ChildInLaw: true), 6),
            (new(Partner: true, Carer: true), 3),
            (new(Siblings: 2), 3),
        ]),
        new(
        [
            (new(Partner: true, Children: 2), 76),
            (new(Partner: true, Children: 1, Grandparents: 1), 10),
            (new(Children: 3), 5),
            (new(Children: 1, ChildInLaw: true, Grandchildren: 1), 5),
            (new(Children: 2, Grandparents: 1), 4),
        ]),
        new(
        [
            (new(Partner: true, Children: 3), 50),
            (new(Partner: true, Children: 2, Grandparents: 1), 25),
            (new(Partner: true, Children: 1, ChildInLaw: true, Grandchildren: 1), 15),
            (new(Partner: true, Children: 1, Grandparents: 2), 10),
        ]),
        new(
        [
            (new(Partner: true, Children: 4), 30),
            (new(Partner: true, Children: 3, Grandparents: 1), 35),
            (new(Partner: true, Children: 2, Grandparents: 2), 20),
            (new(Partner: true, Children: 1, ChildInLaw: true, Grandchildren: 2), 15),
        ]),
        new(
        [
            (new(Partner: true, Children: 3, Grandparents: 2), 50),
            (new(Partner: true, Children: 5), 20),
            (new(Partner: true, Children: 1, ChildInLaw: true, Grandchildren: 3), 30),
        ]),
    ];

    /// <summary>Draws a household of exactly <paramref name="size"/> members.</summary>
    public static HouseholdShape Draw(int size, SplitMix64 random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        return BySize[size - 1].Pick(random);
    }
}
