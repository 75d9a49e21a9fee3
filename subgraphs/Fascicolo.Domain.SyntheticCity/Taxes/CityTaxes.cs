using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// The taxes (IMU, TARI) facet of the city: the Comune di Genova's rates table, its taxpayers'
/// holdings and TARI accounts, their payments, and the assessments and refunds that followed, for
/// the reference year and the four before. Every amount comes from the calculators of
/// <c>Fascicolo.Domain.Taxes</c>, so the taxes subgraph, computing from the same data, agrees.
/// </summary>
public static class CityTaxes
{
    /// <summary>The Belfiore code of the municipality whose taxes these are (Genova).</summary>
    public const string MunicipalityCode = "D969";

    /// <summary>The rates table: one row per tax year, the reference year and the four before, oldest first.</summary>
    public static IReadOnlyList<CityTaxYear> TaxYears(this City city) => Generator(city).Years;

    /// <summary>Every owner's IMU holdings in Genova, in resident order (computed on each enumeration).</summary>
    public static IEnumerable<TaxpayerHolding> ImuHoldings(this City city) => Generator(city).Holdings();

    /// <summary>Every household's TARI accounts in Genova, in resident order of the heads (computed on each enumeration).</summary>
    public static IEnumerable<TariOccupancy> TariOccupancies(this City city) => Generator(city).Occupancies();

    /// <summary>Every payment of every taxpayer, in resident order, then year, tax and instalment (computed on each enumeration).</summary>
    public static IEnumerable<TaxpayerPayment> TaxPayments(this City city) =>
        Generator(city).Accounts().SelectMany(a => a.Years.SelectMany(y => y.Payments), (a, p) => new TaxpayerPayment(a.FiscalCode, p));

    /// <summary>A resident's IMU holdings in Genova; empty for none or an unknown code.</summary>
    public static IReadOnlyList<TaxpayerHolding> ImuHoldingsOf(this City city, string fiscalCode) => AccountOf(city, fiscalCode)?.Holdings ?? [];

    /// <summary>A resident's TARI accounts (as head of a household in Genova); empty for none.</summary>
    public static IReadOnlyList<TariOccupancy> TariOccupanciesOf(this City city, string fiscalCode) => AccountOf(city, fiscalCode)?.Occupancies ?? [];

    /// <summary>A resident's payments, by year, tax and instalment; empty for none.</summary>
    public static IReadOnlyList<TaxpayerPayment> TaxPaymentsOf(this City city, string fiscalCode) =>
        AccountOf(city, fiscalCode) is { } account ? [.. account.Years.SelectMany(y => y.Payments).Select(p => new TaxpayerPayment(fiscalCode, p))] : [];

    /// <summary>Every assessment the city notified, in resident order, then year and tax.</summary>
    public static IReadOnlyList<CityTaxAssessment> TaxAssessments(this City city) => Register(city).Assessments;

    /// <summary>A taxpayer's assessments; empty for none.</summary>
    public static IReadOnlyList<CityTaxAssessment> TaxAssessmentsOf(this City city, string fiscalCode) =>
        Register(city).AssessmentsByTaxpayer.GetValueOrDefault(fiscalCode) ?? [];

    /// <summary>The assessment with an id such as <c>AVV-TARI-2024-0000001</c>, or null.</summary>
    public static CityTaxAssessment? FindTaxAssessment(this City city, string id) =>
        id is null ? null : Register(city).AssessmentsById.GetValueOrDefault(id);

    /// <summary>Every refund of an overpaid year, in resident order, then year and tax.</summary>
    public static IReadOnlyList<CityTaxRefund> TaxRefunds(this City city) => Register(city).Refunds;

    /// <summary>A taxpayer's refunds; empty for none.</summary>
    public static IReadOnlyList<CityTaxRefund> TaxRefundsOf(this City city, string fiscalCode) =>
        Register(city).RefundsByTaxpayer.GetValueOrDefault(fiscalCode) ?? [];

    /// <summary>The payments this facet raises; see <see cref="CityLedger"/>: one per assessment, for its total.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) =>
        [.. Register(city).Assessments.Select(Debt)];

    private static PaymentDue Debt(CityTaxAssessment assessment)
    {
        var amounts = assessment.Amounts;
        var tax = assessment.Tax == TaxKind.Imu ? "IMU" : "TARI";
        var reason = amounts.Reason switch
        {
            TaxAssessmentReason.OmittedPayment => "omesso versamento",
            TaxAssessmentReason.ShortPayment => "parziale versamento",
            _ => "tardivo versamento",
        };
        return new PaymentDue(
            assessment.Iupd,
            assessment.Tax == TaxKind.Imu ? PaymentService.Imu : PaymentService.Tari,
            assessment.FiscalCode,
            Creditors.ComuneDiGenova,
            string.Create(CultureInfo.InvariantCulture, $"Avviso di accertamento {tax} {assessment.Year} per {reason} n. {assessment.Id}"),
            assessment.Year,
            amounts.NotifiedOn,
            null,
            false,
            [new PaymentDueOption(amounts.TotalCents, amounts.DueDate, false, "Rata unica", assessment.PaidOn)]);
    }

    private static TaxpayerAccount? AccountOf(City city, string fiscalCode)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.FindResident(fiscalCode) is { } resident ? Generator(city).CachedAccountOf(resident) : null;
    }

    private static TaxLedgerGenerator Generator(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("taxes/generator", c => new TaxLedgerGenerator(c));
    }

    private static TaxRegister Register(City city) => city.Facet("taxes", c => TaxRegister.Build(Generator(c)));
}
