using System.Globalization;

namespace Fascicolo.Domain.Payments.Transfers;

/// <summary>
/// The causale of a transfer in the pagoPA structured form <c>/RFB/&lt;IUV&gt;/&lt;amount&gt;/TXT/&lt;text&gt;</c>
/// (amount in euro with a dot and two decimals), at most 140 characters: the text is cut to fit.
/// </summary>
public static class RemittanceInformation
{
    /// <summary>The longest remittance information pagoPA accepts.</summary>
    public const int MaxLength = 140;

    /// <summary>Writes the remittance information of a transfer of an IUV.</summary>
    /// <example><c>/RFB/01000000000000144/105.00/TXT/TARI 2025 rata 1</c></example>
    public static string Format(string iuv, long amountCents, string text)
    {
        ArgumentNullException.ThrowIfNull(iuv);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(amountCents);

        var head = string.Create(CultureInfo.InvariantCulture, $"/RFB/{iuv}/{amountCents / 100}.{amountCents % 100:D2}/TXT/");
        var room = Math.Max(0, MaxLength - head.Length);
        var trimmed = text.Trim();
        return head + (trimmed.Length > room ? trimmed[..room] : trimmed);
    }
}
