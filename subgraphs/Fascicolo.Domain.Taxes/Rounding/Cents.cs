namespace Fascicolo.Domain.Taxes.Rounding;

/// <summary>
/// Amounts are computed exactly in <see cref="decimal"/> cents and rounded to a whole cent once, at
/// the end of each line, half away from zero (commercial rounding): €0.005 becomes €0.01.
/// </summary>
public static class Cents
{
    /// <summary>An exact amount of cents rounded to a whole cent, half away from zero.</summary>
    public static long Round(decimal cents) => (long)decimal.Round(cents, 0, MidpointRounding.AwayFromZero);
}
