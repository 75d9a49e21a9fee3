using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Domain.SyntheticCity.Taxes;

namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>Every payment due in the city: the debts each vertical facet raises, in a fixed order.</summary>
public static class CityLedger
{
    /// <summary>Every payment due, each IUPD once.</summary>
    public static IReadOnlyList<PaymentDue> PaymentsDue(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet<IReadOnlyList<PaymentDue>>("ledger", c =>
        [
            .. CityTaxes.Debts(c),
            .. CityMobility.Debts(c),
            .. CityEducation.Debts(c),
            .. CityPermits.Debts(c),
        ]);
    }
}
