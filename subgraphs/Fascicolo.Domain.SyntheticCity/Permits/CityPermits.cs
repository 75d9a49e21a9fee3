using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The permits (companies, procedures) facet of the city.</summary>
public static class CityPermits
{
    /// <summary>Every company of the city, in a fixed order.</summary>
    public static IReadOnlyList<Company> Companies(this City city) => [];

    /// <summary>The company with an 11-digit fiscal code, or null.</summary>
    public static Company? FindCompany(this City city, string fiscalCode) =>
        city.Companies().FirstOrDefault(c => c.FiscalCode == fiscalCode);

    /// <summary>The payments this facet raises; see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => [];
}
