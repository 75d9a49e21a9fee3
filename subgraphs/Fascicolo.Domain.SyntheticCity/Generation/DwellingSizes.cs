using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Cadastral categories of dwellings and the surfaces that go with them.</summary>
internal static class DwellingSizes
{
    /// <summary>Abitazione di tipo signorile.</summary>
    public const string Signorile = "A/1";

    /// <summary>Villino.</summary>
    public const string Villa = "A/7";

    /// <summary>
    /// The category of one dwelling in a building of <paramref name="buildingCategory"/>: flats of
    /// the same block are sometimes classed a step apart (an attic, a renovated floor).
    /// </summary>
    public static string Vary(string buildingCategory, SplitMix64 random)
    {
        if (!random.Chance(0.12))
        {
            return buildingCategory;
        }

        return buildingCategory switch
        {
            "A/2" => "A/3",
            "A/3" => random.Chance(0.5) ? "A/2" : "A/4",
            "A/4" => "A/3",
            _ => buildingCategory,
        };
    }

    /// <summary>A surface in square metres for the category, a little larger for larger households.</summary>
    public static int Surface(string category, int householdSize, SplitMix64 random)
    {
        var (min, max) = category switch
        {
            Signorile => (140, 320),
            "A/2" => (70, 140),
            "A/3" => (50, 100),
            "A/4" => (35, 75),
            Villa => (90, 220),
            _ => (45, 110),
        };

        return random.Next(min, max) + (7 * (Math.Min(householdSize, 5) - 2));
    }
}
