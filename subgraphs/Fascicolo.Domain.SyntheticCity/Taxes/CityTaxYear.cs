using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>One row of the city's rates table: what a tax year's computations use.</summary>
/// <param name="Year">The tax year.</param>
/// <param name="Imu">The IMU rates resolved for the year.</param>
/// <param name="Tari">The TARI tariff for dwellings.</param>
/// <param name="LegalInterestPercent">The legal interest rate in force in the calendar year, in percent.</param>
public sealed record CityTaxYear(int Year, ImuRates Imu, TariTariff Tari, decimal LegalInterestPercent);
