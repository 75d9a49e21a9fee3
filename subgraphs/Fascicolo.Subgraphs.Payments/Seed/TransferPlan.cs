using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Domain.Payments.Transfers;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// How an option's amount is split into transfers, per service. TARI pays two beneficiaries since
/// 2021 (D.M. 21 ottobre 2020): the municipality and, as TEFA, 5% of the TARI to Città
/// Metropolitana di Genova. Every other service pays its creditor alone: IMU, fines, canteen and
/// procedure fees the Comune, the vehicle tax Regione Liguria.
/// </summary>
internal static class TransferPlan
{
    /// <summary>The transfers of an option; they add up to <paramref name="amountCents"/>.</summary>
    /// <param name="service">What the position is for.</param>
    /// <param name="creditor">The position's creditor.</param>
    /// <param name="iuv">The option's IUV (quoted in every causale).</param>
    /// <param name="amountCents">The option's amount.</param>
    /// <param name="text">The causale's free text, e.g. the position's and the option's descriptions.</param>
    /// <param name="status">Whether the option's transfers have been reported.</param>
    public static IReadOnlyList<TransferRecord> For(
        PaymentService service, Beneficiary creditor, string iuv, long amountCents, string text, TransferStatus status)
    {
        if (service == PaymentService.Tari)
        {
            var split = TefaSplit.Of(amountCents, TefaSplit.GenovaRatePercent);
            // A few cents of TARI round to no TEFA: a transfer must be above zero, so the Comune takes it all.
            if (split.TefaCents > 0)
            {
                return
                [
                    Transfer(1, creditor, service, iuv, split.TariCents, text, status),
                    Transfer(2, Beneficiaries.CittaMetropolitanaDiGenova, service, iuv, split.TefaCents, "TEFA " + text, status),
                ];
            }
        }

        return [Transfer(1, creditor, service, iuv, amountCents, text, status)];
    }

    private static TransferRecord Transfer(
        int id, Beneficiary beneficiary, PaymentService service, string iuv, long amountCents, string text, TransferStatus status) => new(
        iuv,
        id,
        amountCents,
        beneficiary.FiscalCode,
        beneficiary.Name,
        ServiceAccounts.IbanOf(beneficiary, service),
        RemittanceInformation.Format(iuv, amountCents, text),
        ServiceAccounts.CategoryOf(beneficiary, service),
        status);
}
