namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>Which rule of the regional tariff set a vehicle tax amount.</summary>
public enum VehicleTaxBasis
{
    /// <summary>Power in kW times the rate of the emission class.</summary>
    Ordinary,

    /// <summary>A battery electric car in its first five years: exempt.</summary>
    ElectricExempt,

    /// <summary>A battery electric car after five years: a quarter of the Euro 4–6 rate.</summary>
    ElectricReduced,

    /// <summary>A car at least 30 years old: the flat road tax (tassa di circolazione) instead of the bollo.</summary>
    Historic,
}
