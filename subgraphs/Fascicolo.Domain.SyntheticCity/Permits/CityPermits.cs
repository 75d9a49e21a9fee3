using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The permits facet of the city: businesses, and the building (SUE) and business (SUAP) procedures.</summary>
public static class CityPermits
{
    /// <summary>Every company of the city, in a fixed order: the sole trader's first.</summary>
    public static IReadOnlyList<Company> Companies(this City city) => Register(city).Companies;

    /// <summary>The company with an 11-digit fiscal code, or null.</summary>
    public static Company? FindCompany(this City city, string fiscalCode) =>
        fiscalCode is null ? null : Register(city).CompaniesByFiscalCode.GetValueOrDefault(fiscalCode);

    /// <summary>Every procedure, in id order (the sole trader's first, then by submission time).</summary>
    public static IReadOnlyList<PermitProcedure> PermitProcedures(this City city) => Register(city).Procedures;

    /// <summary>The procedure with an id such as <c>PRC-0000001</c>, or null.</summary>
    public static PermitProcedure? FindPermitProcedure(this City city, string id) =>
        id is null ? null : Register(city).ProceduresById.GetValueOrDefault(id);

    /// <summary>The procedures a resident filed, in id order; empty for none.</summary>
    public static IReadOnlyList<PermitProcedure> PermitProceduresOf(this City city, string applicantFiscalCode) =>
        applicantFiscalCode is null ? [] : Register(city).ProceduresByApplicant.GetValueOrDefault(applicantFiscalCode) ?? [];

    /// <summary>The payments this facet raises (one per procedure fee); see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => Register(city).Debts;

    private static PermitRegister Register(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("permits", PermitGenerator.Generate);
    }
}
