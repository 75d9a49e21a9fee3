using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.Taxes;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// The assessments and refunds of the whole city, numbered per tax and year in resident order, with
/// their indexes. Payments are not kept: they are recomputed per taxpayer when asked for.
/// </summary>
internal sealed class TaxRegister
{
    private TaxRegister(IReadOnlyList<CityTaxAssessment> assessments, IReadOnlyList<CityTaxRefund> refunds)
    {
        Assessments = assessments;
        Refunds = refunds;
        AssessmentsById = assessments.ToDictionary(a => a.Id, StringComparer.Ordinal);
        AssessmentsByTaxpayer = assessments.GroupBy(a => a.FiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CityTaxAssessment>)[.. g], StringComparer.Ordinal);
        RefundsByTaxpayer = refunds.GroupBy(r => r.FiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CityTaxRefund>)[.. g], StringComparer.Ordinal);
    }

    public IReadOnlyList<CityTaxAssessment> Assessments { get; }

    public IReadOnlyList<CityTaxRefund> Refunds { get; }

    public Dictionary<string, CityTaxAssessment> AssessmentsById { get; }

    public Dictionary<string, IReadOnlyList<CityTaxAssessment>> AssessmentsByTaxpayer { get; }

    public Dictionary<string, IReadOnlyList<CityTaxRefund>> RefundsByTaxpayer { get; }

    public static TaxRegister Build(TaxLedgerGenerator generator)
    {
        var assessments = new List<CityTaxAssessment>();
        var refunds = new List<CityTaxRefund>();
        var sequences = new Dictionary<(string Kind, TaxKind Tax, int Year), int>();
        int Next(string kind, TaxKind tax, int year) => sequences[(kind, tax, year)] = sequences.GetValueOrDefault((kind, tax, year)) + 1;

        foreach (var account in generator.Accounts())
        {
            foreach (var year in account.Years)
            {
                foreach (var draft in year.Assessments)
                {
                    var sequence = Next("AVV", draft.Tax, draft.Year);
                    var service = draft.Tax == TaxKind.Imu ? PaymentService.Imu : PaymentService.Tari;
                    var iupd = Iupds.Format(service, draft.Year, sequence);
                    assessments.Add(new CityTaxAssessment("AVV-" + iupd, iupd, account.FiscalCode, draft.Tax, draft.Year, draft.Amounts, draft.PaidOn));
                }
                foreach (var draft in year.Refunds)
                {
                    var sequence = Next("RIM", draft.Tax, draft.Year);
                    var id = string.Create(CultureInfo.InvariantCulture, $"RIM-{Iupds.Prefix(draft.Tax == TaxKind.Imu ? PaymentService.Imu : PaymentService.Tari)}-{draft.Year:D4}-{sequence:D7}");
                    refunds.Add(new CityTaxRefund(id, account.FiscalCode, draft.Tax, draft.Year, draft.AmountCents, draft.RequestedOn, draft.PaidOn));
                }
            }
        }
        return new TaxRegister(assessments, refunds);
    }
}
