using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>The taxes (IMU, TARI) facet of the city.</summary>
public static class CityTaxes
{
    /// <summary>The payments this facet raises; see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => [];
}
