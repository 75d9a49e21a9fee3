using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The education (schools, enrolments, canteen) facet of the city.</summary>
public static class CityEducation
{
    /// <summary>The payments this facet raises; see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => [];
}
