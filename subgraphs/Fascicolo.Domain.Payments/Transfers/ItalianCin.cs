namespace Fascicolo.Domain.Payments.Transfers;

/// <summary>
/// The CIN (codice di controllo interno) of an Italian BBAN: one letter computed over ABI, CAB and
/// account (22 characters) with the tables of the codice fiscale's check character — characters in
/// odd positions (1st, 3rd, …) by the odd table, in even positions by their value — sum modulo 26.
/// </summary>
internal static class ItalianCin
{
    // Odd-position values of 0–9 and of A–Z (the same table as the codice fiscale's check character).
    private static readonly int[] OddDigits = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    private static readonly int[] OddLetters = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>The CIN letter of 22 characters (digits or upper-case letters).</summary>
    public static string Compute(ReadOnlySpan<char> abiCabAccount)
    {
        if (abiCabAccount.Length != 22)
        {
            throw new ArgumentException("ABI, CAB and account have 22 characters.", nameof(abiCabAccount));
        }

        var sum = 0;
        for (var i = 0; i < abiCabAccount.Length; i++)
        {
            var c = abiCabAccount[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            // Index 0 is the 1st (odd) position.
            sum += i % 2 == 0
                ? (char.IsAsciiDigit(c) ? OddDigits[index] : OddLetters[index])
                : index;
        }

        return ((char)('A' + (sum % 26))).ToString();
    }
}
