namespace Fascicolo.Gateway.Limits;

/// <summary>
/// Sums and products that stop at <see cref="long.MaxValue"/> instead of wrapping: a fragment spread twice
/// in each of sixty-four nested fragments counts 2^64 of everything, and the verdict must still be "too much".
/// </summary>
internal static class SaturatingMath
{
    public static long Add(long left, long right) =>
        left > long.MaxValue - right ? long.MaxValue : left + right;

    public static long Multiply(long left, long right) =>
        left == 0 || right == 0 ? 0 : left > long.MaxValue / right ? long.MaxValue : left * right;
}
