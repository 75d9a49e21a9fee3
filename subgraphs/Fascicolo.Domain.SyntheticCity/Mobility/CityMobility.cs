using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The mobility (vehicles, fines) facet of the city.</summary>
public static class CityMobility
{
    /// <summary>The payments this facet raises; see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => [];
}
