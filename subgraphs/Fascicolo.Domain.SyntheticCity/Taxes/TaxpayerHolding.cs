using Fascicolo.Domain.Taxes.Imu;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>A property share as the tax office holds it: the owner and what IMU needs.</summary>
/// <param name="FiscalCode">The owner.</param>
/// <param name="Holding">The unit, the share, since when, and its use.</param>
public sealed record TaxpayerHolding(string FiscalCode, ImuHolding Holding);
