namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>Shares residents among areas in proportion to their real population.</summary>
internal static class PopulationPlan
{
    /// <summary>
    /// Splits <paramref name="residents"/> by <paramref name="weights"/> with the largest-remainder
    /// method: integer arithmetic only, ties to the earlier area, and the parts add up exactly.
    /// </summary>
    public static int[] Apportion(int residents, IReadOnlyList<int> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residents);
        ArgumentNullException.ThrowIfNull(weights);
        long total = weights.Sum(w => (long)w);
        var quotas = new int[weights.Count];
        var remainders = new long[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var share = (long)residents * weights[i];
            quotas[i] = (int)(share / total);
            remainders[i] = share % total;
        }

        var leftOver = residents - quotas.Sum();
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take(leftOver))
        {
            quotas[i]++;
        }

        return quotas;
    }
}
