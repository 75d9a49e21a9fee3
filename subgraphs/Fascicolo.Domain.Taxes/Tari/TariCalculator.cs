using Fascicolo.Domain.Taxes.Rounding;

namespace Fascicolo.Domain.Taxes.Tari;

/// <summary>Computes the TARI of a dwelling (the fixed and variable parts of DPR 158/1999).</summary>
public static class TariCalculator
{
    /// <summary>The bill of a dwelling of <paramref name="surfaceSquareMetres"/> occupied by <paramref name="occupants"/> people.</summary>
    /// <param name="tariff">The year's tariff.</param>
    /// <param name="surfaceSquareMetres">The dwelling's surface, above zero.</param>
    /// <param name="occupants">The household's size, at least one.</param>
    public static TariBill Bill(TariTariff tariff, int surfaceSquareMetres, int occupants)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(surfaceSquareMetres);
        var ka = tariff.KaFor(occupants);
        var kb = tariff.KbFor(occupants);
        return new TariBill(
            tariff.Year,
            surfaceSquareMetres,
            occupants,
            ka,
            kb,
            Cents.Round(tariff.FixedCentsPerSquareMetre * ka * surfaceSquareMetres),
            Cents.Round(tariff.VariableCentsPerHousehold * kb));
    }
}
