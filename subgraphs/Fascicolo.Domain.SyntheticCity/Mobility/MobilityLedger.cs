using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The pagoPA debts of the mobility facet: each vehicle tax period to pay, and each fine.</summary>
internal static class MobilityLedger
{
    /// <summary>The option description of a fine paid within 5 days.</summary>
    public const string ReducedOption = "Importo ridotto del 30% (entro 5 giorni dalla notifica)";

    /// <summary>The option description of a fine paid within 60 days.</summary>
    public const string FullOption = "Importo entro 60 giorni dalla notifica";

    /// <summary>The option description of a vehicle tax period.</summary>
    public const string SingleOption = "Rata unica";

    public static IReadOnlyList<PaymentDue> Debts(MobilityRegister register)
    {
        var debts = new List<PaymentDue>(register.TaxPeriods.Count + register.Fines.Count);
        foreach (var period in register.TaxPeriods)
        {
            if (period.Iupd is not { } iupd)
            {
                continue;
            }
            debts.Add(new PaymentDue(
                iupd, PaymentService.VehicleTax, period.OwnerFiscalCode, Creditors.RegioneLiguria,
                string.Create(CultureInfo.InvariantCulture, $"Tassa automobilistica {period.PeriodStart:MM/yyyy}-{period.PeriodEnd:MM/yyyy} veicolo {period.Plate}"),
                period.PeriodStart.Year, period.PeriodStart, null, false,
                [new PaymentDueOption(period.Assessment.AmountCents, period.DueDate, false, SingleOption, period.PaidOn)]));
        }
        foreach (var fine in register.Fines)
        {
            debts.Add(new PaymentDue(
                fine.Iupd, PaymentService.TrafficFine, fine.DebtorFiscalCode, Creditors.ComuneDiGenova,
                string.Create(CultureInfo.InvariantCulture,
                    $"Verbale n. {fine.Number} del {fine.CommittedAt:dd/MM/yyyy} art. {fine.Violation.Article} c. {fine.Violation.Paragraph} CdS targa {fine.Plate}"),
                fine.CommittedAt.Year, fine.NotifiedOn, null, false, Options(fine)));
        }
        return debts;
    }

    /// <summary>
    /// A fine offers two alternative single payments (pagoPA multiple options): the reduced amount by
    /// day 5 and the full amount by day 60; the one actually paid carries the payment day.
    /// </summary>
    private static PaymentDueOption[] Options(TrafficFine fine)
    {
        var full = new PaymentDueOption(fine.FullCents, FineAmounts.PayableUntil(fine.NotifiedOn), false, FullOption,
            fine.PaidCents == fine.FullCents ? fine.PaidOn : null);
        if (fine.ReducedCents is not { } reduced)
        {
            return [full];
        }
        var reducedOption = new PaymentDueOption(reduced, FineAmounts.ReducedUntil(fine.NotifiedOn), false, ReducedOption,
            fine.PaidCents == reduced ? fine.PaidOn : null);
        return [reducedOption, full];
    }
}
