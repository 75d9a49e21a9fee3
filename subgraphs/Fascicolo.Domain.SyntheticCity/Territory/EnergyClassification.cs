namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// The energy class rule of DM 26/6/2015 (Linee guida nazionali per l'attestazione della prestazione
/// energetica, appendix B): the building's non-renewable global energy performance index EPgl,nren
/// is compared with that of its reference building (EPgl,nren,rif,standard), and the ratio falls in
/// one of ten bands, upper bounds included.
/// </summary>
public static class EnergyClassification
{
    /// <summary>The upper bound (inclusive) of each class's band, as a multiple of the reference; <see cref="EnergyClass.G"/> has none.</summary>
    public static IReadOnlyList<(EnergyClass Class, decimal UpperBound)> Bands { get; } =
    [
        (EnergyClass.A4, 0.40m),
        (EnergyClass.A3, 0.60m),
        (EnergyClass.A2, 0.80m),
        (EnergyClass.A1, 1.00m),
        (EnergyClass.B, 1.20m),
        (EnergyClass.C, 1.50m),
        (EnergyClass.D, 2.00m),
        (EnergyClass.E, 2.60m),
        (EnergyClass.F, 3.50m),
    ];

    /// <summary>The class of a building or unit from its EPgl,nren and its reference building's.</summary>
    /// <param name="epGlNren">The unit's EPgl,nren in kWh/m² per year; zero or more.</param>
    /// <param name="referenceEpGlNren">The reference building's EPgl,nren,rif,standard in kWh/m² per year; more than zero.</param>
    /// <returns>The class whose band holds the ratio of the two.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative, or the reference is not positive.</exception>
    public static EnergyClass Classify(decimal epGlNren, decimal referenceEpGlNren)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epGlNren);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceEpGlNren);

        // Multiplying the bound, rather than dividing the indexes, keeps the comparison exact in decimal:
        // a ratio of exactly 1.20 is class B, never C by a rounding digit.
        foreach (var (energyClass, upperBound) in Bands)
        {
            if (epGlNren <= upperBound * referenceEpGlNren)
            {
                return energyClass;
            }
        }

        return EnergyClass.G;
    }
}
