using System.Globalization;
using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// The receipts of the ledger's paid options, made up deterministically from each IUV: when in the
/// day of <c>PaidOn</c> the payment was made, which PSP took it, how, for what fee, and its receipt id.
/// </summary>
internal static class ReceiptSynthesis
{
    // PSP identities for synthetic receipts (idPSP as on the nodo, business name), with how the payer paid.
    private static readonly (string Id, string Name, ReceiptPaymentMethod Method, long FeeCents)[] Channels =
    [
        ("BPPIITRRXXX", "Poste Italiane", ReceiptPaymentMethod.Cash, 200),
        ("BCITITMM", "Intesa Sanpaolo", ReceiptPaymentMethod.CreditCard, 100),
        ("UNCRITMM", "UniCredit", ReceiptPaymentMethod.Bancomat, 120),
        ("SELBIT2B", "Banca Sella", ReceiptPaymentMethod.CreditCard, 90),
        ("ABI36081", "Nexi Payments", ReceiptPaymentMethod.CreditCard, 130),
        ("BPPIITRRXXX", "Poste Italiane", ReceiptPaymentMethod.Other, 100),
        ("ABI03069", "Intesa Sanpaolo", ReceiptPaymentMethod.Other, 150),
        ("SATYLUL1", "Satispay Europe", ReceiptPaymentMethod.Other, 0),
    ];

    /// <summary>When the option of this IUV was paid on <paramref name="paidOn"/>: between 07:30 and 20:30, Italian time; UTC.</summary>
    public static DateTime PaidAt(string iuv, DateOnly paidOn)
    {
        var minutes = (int)(Hash(iuv, 1) % (13 * 60));
        var local = paidOn.ToDateTime(new TimeOnly(7, 30)).AddMinutes(minutes);
        return TimeZoneInfo.ConvertTimeToUtc(local, PaymentsClock.TimeZone);
    }

    /// <summary>The receipt of a paid option of a position.</summary>
    public static ReceiptRecord For(PositionRecord position, OptionRecord option, DateTime paidAt)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(option);
        var channel = Channels[Hash(option.Iuv, 2) % (ulong)Channels.Length];
        var receiptId = string.Create(CultureInfo.InvariantCulture, $"{Hash(option.Iuv, 3):x16}{Hash(option.Iuv, 4):x16}");
        return new ReceiptRecord(
            receiptId,
            option.Iuv,
            position.Iupd,
            option.OrganizationFiscalCode,
            position.DebtorFiscalCode,
            option.AmountCents,
            channel.FeeCents,
            channel.Method,
            paidAt,
            channel.Id,
            channel.Name,
            position.DebtorFiscalCode,
            position.DebtorFullName,
            // The nodo forwards the receipt within minutes.
            paidAt.AddMinutes(2));
    }

    // SplitMix64's finaliser over the IUV's number and a salt: independent, well-spread draws per use.
    private static ulong Hash(string iuv, ulong salt)
    {
        var z = ulong.Parse(iuv, NumberStyles.None, CultureInfo.InvariantCulture) + (salt * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
