using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A row of the rates table: a tax year's IMU rates, TARI tariff and legal interest rate.</summary>
/// <param name="Year">The tax year.</param>
/// <param name="Imu">The IMU rates.</param>
/// <param name="Tari">The TARI tariff for dwellings.</param>
/// <param name="LegalInterest">The legal interest rate of the calendar year.</param>
internal sealed record TaxYearRecord(int Year, ImuRates Imu, TariTariff Tari, LegalInterestRate LegalInterest);
