using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A canteen bill as the ledger's debt position: one full payment, owed to the Comune di Genova.</summary>
internal static class CanteenDebt
{
    /// <summary>The longest causale GPD accepts.</summary>
    private const int MaxDescriptionLength = 140;

    // Spelled out: the build runs with invariant globalization, so no Italian culture data is at hand.
    private static readonly string[] Months =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    public static PaymentDue Of(CanteenBill bill, City city)
    {
        var pupil = city.FindResident(bill.PupilFiscalCode)!;
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Ristorazione scolastica {Months[bill.PeriodStart.Month - 1]}-{Months[bill.PeriodEnd.Month - 1]} {bill.PeriodEnd.Year} - {pupil.FullName} ({bill.Meals} pasti)");
        return new PaymentDue(
            bill.Iupd,
            PaymentService.SchoolCanteen,
            bill.PayerFiscalCode,
            Creditors.ComuneDiGenova,
            description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength],
            SchoolYear.Of(bill.PeriodStart).StartYear,
            bill.IssuedOn,
            null,
            false,
            [new PaymentDueOption(bill.AmountCents, bill.DueOn, false, "Rata unica", bill.PaidOn)]);
    }
}
