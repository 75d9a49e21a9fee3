using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// The debtor's name of a position (GPD <c>fullName</c>): a resident's full name, a company's
/// registered name, or, when the city does not know the code, the code itself (GPD requires a name).
/// </summary>
internal sealed class DebtorNames
{
    private readonly City _city;
    private readonly Dictionary<string, string> _companies;

    /// <summary>Indexes the city's companies once (the city's own lookup scans them).</summary>
    public DebtorNames(City city)
    {
        _city = city;
        _companies = [];
        foreach (var company in city.Companies())
        {
            _companies.TryAdd(company.FiscalCode, company.Name);
        }
    }

    /// <summary>The name of the debtor with this fiscal code.</summary>
    public string Of(string fiscalCode) =>
        (fiscalCode.Length == 11 ? _companies.GetValueOrDefault(fiscalCode) : _city.FindResident(fiscalCode)?.FullName) ?? fiscalCode;
}
