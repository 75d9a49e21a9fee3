namespace Fascicolo.Domain.Taxes.Tari;

/// <summary>
/// A year's TARI tariff for dwellings (utenze domestiche), by the normalised method of DPR 158/1999:
/// a fixed part per square metre weighted by Ka, and a variable part per household weighted by Kb,
/// both by the number of occupants (1 to 6, six meaning six or more).
/// </summary>
/// <param name="Year">The tax year.</param>
/// <param name="FixedCentsPerSquareMetre">The fixed-part unit rate (Quf) in cents per square metre.</param>
/// <param name="VariableCentsPerHousehold">The variable-part unit rate (Quv × Cu) in cents per household, before Kb.</param>
/// <param name="Ka">The fixed-part coefficients for 1 to 6 occupants.</param>
/// <param name="Kb">The variable-part coefficients for 1 to 6 occupants.</param>
public sealed record TariTariff(
    int Year,
    decimal FixedCentsPerSquareMetre,
    decimal VariableCentsPerHousehold,
    IReadOnlyList<decimal> Ka,
    IReadOnlyList<decimal> Kb)
{
    /// <summary>The largest household the coefficients distinguish: six or more occupants share a row.</summary>
    public const int MaxOccupants = 6;

    /// <summary>The Ka coefficient for a household of <paramref name="occupants"/> (at least one).</summary>
    public decimal KaFor(int occupants) => Ka[Row(occupants)];

    /// <summary>The Kb coefficient for a household of <paramref name="occupants"/> (at least one).</summary>
    public decimal KbFor(int occupants) => Kb[Row(occupants)];

    private static int Row(int occupants)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(occupants);
        return Math.Min(occupants, MaxOccupants) - 1;
    }
}
