namespace Fascicolo.Domain.SyntheticCity.Isee;

/// <summary>The ISEE equivalence scale (DPCM 159/2013, annex 1) and its increases.</summary>
public static class EquivalenceScale
{
    private static readonly decimal[] BySize = [1.00m, 1.57m, 2.04m, 2.46m, 2.85m];

    /// <summary>The scale for a household of <paramref name="members"/> people.</summary>
    /// <param name="members">People in the ISEE household, at least one.</param>
    /// <param name="minors">How many of them are under 18.</param>
    /// <param name="loneParent">True when one parent lives alone with minor children.</param>
    public static decimal For(int members, int minors, bool loneParent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(members);
        var scale = members <= BySize.Length ? BySize[members - 1] : BySize[^1] + (0.35m * (members - BySize.Length));

        // +0.2 with three children, +0.35 with four, +0.5 with five or more; +0.2 for a lone parent.
        scale += minors switch { >= 5 => 0.5m, 4 => 0.35m, 3 => 0.2m, _ => 0m };
        if (loneParent && minors > 0)
        {
            scale += 0.2m;
        }

        return scale;
    }
}
