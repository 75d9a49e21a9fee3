namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Regione Liguria's vehicle tax (tassa automobilistica, "bollo") for cars, as data: Liguria applies
/// the national rates per kW (art. 1 c. 321 L. 296/2006), higher above 100 kW and lower for cleaner
/// emission classes; battery electric cars are exempt for five years from first registration, then
/// pay a quarter of the Euro 4–6 rate (art. 17 c. 15 L. 449/1997); cars 30 or more years old pay the
/// flat road tax of art. 63 L. 342/2000 instead.
/// </summary>
/// <remarks>Not modelled: the national superbollo (paid to the State, above 185 kW), hybrid incentives, disability exemptions.</remarks>
public static class LiguriaVehicleTaxTariff
{
    /// <summary>The power up to which the lower rate applies, in kW.</summary>
    public const int LowerRateLimitKw = 100;

    /// <summary>Years from first registration an electric car is exempt.</summary>
    public const int ElectricExemptYears = 5;

    /// <summary>The age from which a car pays the flat road tax.</summary>
    public const int HistoricAgeYears = 30;

    /// <summary>The flat road tax of a car 30 or more years old, in cents (€ 25,82).</summary>
    public const long HistoricFlatCents = 2582;

    /// <summary>Cents per kW up to 100 kW and per kW above, by emission class.</summary>
    private static readonly Dictionary<EmissionClass, (int UpTo100, int Above100)> RatesCents = new()
    {
        [EmissionClass.Euro0] = (300, 450),
        [EmissionClass.Euro1] = (290, 435),
        [EmissionClass.Euro2] = (280, 420),
        [EmissionClass.Euro3] = (270, 405),
        [EmissionClass.Euro4] = (258, 387),
        [EmissionClass.Euro5] = (258, 387),
        [EmissionClass.Euro6] = (258, 387),
    };

    /// <summary>The rates of an emission class, in cents per kW.</summary>
    /// <param name="emissionClass">The class.</param>
    /// <returns>The rate up to 100 kW and the rate for each kW above.</returns>
    public static (int UpTo100, int Above100) RatesOf(EmissionClass emissionClass) => RatesCents[emissionClass];

    /// <summary>The tax of the twelve-month period starting on <paramref name="periodStart"/>.</summary>
    /// <param name="fuel">The fuel.</param>
    /// <param name="emissionClass">The emission class.</param>
    /// <param name="powerKw">The power in kW, above zero.</param>
    /// <param name="registrationDate">The day of first registration.</param>
    /// <param name="periodStart">The first day of the period.</param>
    /// <returns>The amount and the rule that set it.</returns>
    public static VehicleTaxAssessment Assess(VehicleFuel fuel, EmissionClass emissionClass, int powerKw, DateOnly registrationDate, DateOnly periodStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(powerKw);
        if (Ages.On(registrationDate, periodStart) >= HistoricAgeYears)
        {
            return new VehicleTaxAssessment(HistoricFlatCents, VehicleTaxBasis.Historic);
        }
        if (fuel != VehicleFuel.Electric)
        {
            return new VehicleTaxAssessment(ByPower(RatesCents[emissionClass], powerKw), VehicleTaxBasis.Ordinary);
        }
        if (periodStart < registrationDate.AddYears(ElectricExemptYears))
        {
            return new VehicleTaxAssessment(0, VehicleTaxBasis.ElectricExempt);
        }
        // A quarter, rounded half up to the cent.
        var full = ByPower(RatesCents[EmissionClass.Euro6], powerKw);
        return new VehicleTaxAssessment((full + 2) / 4, VehicleTaxBasis.ElectricReduced);
    }

    private static long ByPower((int UpTo100, int Above100) rates, int powerKw) =>
        ((long)Math.Min(powerKw, LowerRateLimitKw) * rates.UpTo100) + ((long)Math.Max(0, powerKw - LowerRateLimitKw) * rates.Above100);
}
