using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// The segregation code (2 digits of every IUV) each creditor issues a service's notices under, so
/// that no two creditors, nor two of a creditor's IUV series, can ever issue the same IUV. TARI and the
/// vehicle tax use the codes reserved for them (85 and 96); the Comune's other services share 01 and
/// the Regione's 02.
/// </summary>
internal static class SegregationCodes
{
    /// <summary>The code of a creditor's service.</summary>
    public static int Of(Beneficiary creditor, PaymentService service)
    {
        ArgumentNullException.ThrowIfNull(creditor);
        return (creditor == Beneficiaries.RegioneLiguria, service) switch
        {
            (_, PaymentService.Tari) => 85,
            (_, PaymentService.VehicleTax) => 96,
            (false, _) => 1,
            (true, _) => 2,
        };
    }
}
