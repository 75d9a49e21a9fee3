using System.Globalization;

namespace Fascicolo.Domain.Payments.Transfers;

/// <summary>
/// IBANs (ISO 13616): two letters of country, two check digits (ISO 7064 MOD 97-10) and the
/// national account number (BBAN). Italian BBANs are CIN (one letter) + ABI (5 digits) + CAB
/// (5 digits) + account (12 characters), 27 characters in all.
/// </summary>
public static class Iban
{
    /// <summary>The length of an Italian IBAN.</summary>
    public const int ItalianLength = 27;

    /// <summary>
    /// Writes the Italian IBAN of an account, computing its CIN and check digits, e.g. ABI
    /// <c>05428</c>, CAB <c>11101</c>, account <c>000000123456</c> → <c>IT60X0542811101000000123456</c>.
    /// </summary>
    /// <exception cref="ArgumentException">ABI or CAB are not five digits, or the account is not twelve digits or upper-case letters.</exception>
    public static string Italian(string abi, string cab, string account)
    {
        ArgumentNullException.ThrowIfNull(abi);
        ArgumentNullException.ThrowIfNull(cab);
        ArgumentNullException.ThrowIfNull(account);
        if (abi.Length != 5 || abi.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("An ABI code has five digits.", nameof(abi));
        }

        if (cab.Length != 5 || cab.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("A CAB code has five digits.", nameof(cab));
        }

        if (account.Length != 12 || !account.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw new ArgumentException("An Italian account number has twelve digits or upper-case letters.", nameof(account));
        }

        var domestic = abi + cab + account;
        var bban = ItalianCin.Compute(domestic) + domestic;
        var check = 98 - Mod97(bban + "IT00");
        return string.Create(CultureInfo.InvariantCulture, $"IT{check:D2}{bban}");
    }

    /// <summary>
    /// Whether a string is a valid IBAN: upper-case letters and digits, country letters, check digits
    /// that make the MOD 97 remainder 1; an Italian one must also have 27 characters and a correct CIN.
    /// </summary>
    public static bool IsValid(string? iban)
    {
        if (iban is null || iban.Length < 15 || iban.Length > 34
            || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])
            || !iban.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        if (iban.StartsWith("IT", StringComparison.Ordinal)
            && (iban.Length != ItalianLength || !char.IsAsciiLetterUpper(iban[4]) || ItalianCin.Compute(iban.AsSpan(5))[0] != iban[4]))
        {
            return false;
        }

        return Mod97(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>The remainder by 97 of the number the characters spell, letters counting A = 10 … Z = 35.</summary>
    private static int Mod97(string characters)
    {
        var remainder = 0;
        foreach (var c in characters)
        {
            // Digit by digit, so no big integer is needed: a letter is two digits.
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
