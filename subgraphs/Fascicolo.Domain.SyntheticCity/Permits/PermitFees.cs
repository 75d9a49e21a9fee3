using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The procedures' fees as the ledger's pagoPA debt positions.</summary>
internal static class PermitFees
{
    /// <summary>
    /// The position of one fee: owed to the Comune di Genova by the business for a SUAP procedure,
    /// by the applicant for a building one, payable in one instalment.
    /// </summary>
    public static PaymentDue ToPaymentDue(PermitProcedure procedure, ProcedureFee fee) => new(
        fee.Iupd,
        PaymentService.PermitFee,
        procedure.CompanyFiscalCode ?? procedure.ApplicantFiscalCode,
        Creditors.ComuneDiGenova,
        fee.Description,
        procedure.SubmittedAt.Year,
        fee.PublishedOn,
        null,
        false,
        [new PaymentDueOption(fee.AmountCents, fee.DueDate, false, "Rata unica", fee.PaidOn)]);
}
