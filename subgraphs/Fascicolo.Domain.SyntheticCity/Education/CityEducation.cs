using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// The education facet of the city ("io Genitore"): schools, the enrolments of the school year in
/// progress on the reference date and of the one before, with the Comune's canteen (fee by ISEE band,
/// attendance, bills), special diets and textbook vouchers.
/// </summary>
public static class CityEducation
{
    private const string FacetName = "education";

    /// <summary>The school year in progress on the reference date, e.g. <c>2025/26</c> on 1 January 2026.</summary>
    public static SchoolYear CurrentSchoolYear(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return SchoolYear.Of(city.Options.ReferenceDate);
    }

    /// <summary>Every school, area by area (Genova's municipi in order, then the other municipalities).</summary>
    public static IReadOnlyList<School> Schools(this City city) => Register(city).Schools;

    /// <summary>The school with a code, or null.</summary>
    public static School? FindSchool(this City city, string code) =>
        code is null ? null : Register(city).SchoolsByCode.GetValueOrDefault(code);

    /// <summary>Every enrolment: the previous school year's, then the current one's, each in resident order.</summary>
    public static IReadOnlyList<Enrolment> Enrolments(this City city) => Register(city).Enrolments;

    /// <summary>A child's enrolments, the older year first; empty for none.</summary>
    public static IReadOnlyList<Enrolment> EnrolmentsOf(this City city, string fiscalCode) =>
        fiscalCode is null ? [] : Register(city).EnrolmentsByPupil.GetValueOrDefault(fiscalCode) ?? [];

    /// <summary>Every canteen bill issued by the reference date, in enrolment order.</summary>
    public static IReadOnlyList<CanteenBill> CanteenBills(this City city) => Register(city).Bills;

    /// <summary>The payments this facet raises, one per canteen bill; see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) =>
        [.. Register(city).Bills.Select(bill => CanteenDebt.Of(bill, city))];

    private static EducationRegister Register(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet(FacetName, EducationGenerator.Generate);
    }
}
