using System.Collections.Concurrent;
using Fascicolo.Domain.Payments.Transfers;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// The account (IBAN) and taxonomy code (category) a beneficiary collects a service's income on.
/// </summary>
/// <remarks>
/// <para>IBANs are synthetic: ABI 03069 / CAB 01400 (a Genova treasury branch's shape) and account
/// numbers spelling <c>FASCIC…</c>, so no real account is named; their CIN and check digits are
/// computed (<see cref="Iban.Italian"/>), so every validator accepts them.</para>
/// <para>Categories follow pagoPA's taxonomy of collection services, <c>9/</c> + creditor type (2) +
/// macro area (2) + service (3) + legal ground (2 letters) + <c>/</c>. TARI (<c>0101101IM</c>) and TEFA
/// (<c>0201102IM</c>) are the pair pagoPA's own TARI/TEFA examples use; the other codes are
/// representative codes of the same shape and must be checked against the taxonomy's current
/// release before real use.</para>
/// </remarks>
internal static class ServiceAccounts
{
    private const string Abi = "03069";
    private const string Cab = "01400";

    // A handful of accounts serve hundreds of thousands of transfers: compute each IBAN once.
    private static readonly ConcurrentDictionary<(string FiscalCode, PaymentService Service), string> Ibans = new();

    /// <summary>The IBAN of a beneficiary's account for a service.</summary>
    public static string IbanOf(Beneficiary beneficiary, PaymentService service)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        return Ibans.GetOrAdd((beneficiary.FiscalCode, service), static key => Compute(key.FiscalCode, key.Service));
    }

    private static string Compute(string fiscalCode, PaymentService service)
    {
        var body = fiscalCode switch
        {
            var code when code == Beneficiaries.ComuneDiGenova.FiscalCode => 1,
            var code when code == Beneficiaries.RegioneLiguria.FiscalCode => 2,
            var code when code == Beneficiaries.CittaMetropolitanaDiGenova.FiscalCode => 3,
            _ => 9,
        };
        return Iban.Italian(Abi, Cab, $"FASCIC{body}{(int)service + 1:D5}");
    }

    /// <summary>The taxonomy code of a service's income for the creditor, or of the TEFA for the metropolitan city.</summary>
    public static string CategoryOf(Beneficiary beneficiary, PaymentService service)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        if (beneficiary == Beneficiaries.CittaMetropolitanaDiGenova)
        {
            return "9/0201102IM/";
        }

        return service switch
        {
            PaymentService.Imu => "9/0101100IM/",
            PaymentService.Tari => "9/0101101IM/",
            PaymentService.TrafficFine => "9/0101108SA/",
            PaymentService.SchoolCanteen => "9/0101110SP/",
            PaymentService.PermitFee => "9/0101112TS/",
            PaymentService.VehicleTax => "9/0301101TS/",
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
        };
    }
}
