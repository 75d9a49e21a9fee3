namespace Fascicolo.Domain.Taxes.Rounding;

/// <summary>
/// The F24 rounding of IMU payments: each line of the form (one tax code, one instalment) is paid
/// in whole euro, rounded down when the cents are 49 or fewer and up when they are 50 or more
/// (art. 1 c. 166 L. 296/2006). It applies to the amount of the line, in whole cents, never to the
/// properties that make it up.
/// </summary>
public static class F24Rounding
{
    /// <summary>The largest fraction of a euro, in cents, that is rounded down.</summary>
    public const int LargestCentsRoundedDown = 49;

    /// <summary>The amount of one F24 line in whole euro, expressed in cents.</summary>
    /// <param name="cents">The line's amount in cents, zero or more.</param>
    public static long ToEuro(long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        var euro = cents / 100;
        return (cents % 100 > LargestCentsRoundedDown ? euro + 1 : euro) * 100;
    }
}
