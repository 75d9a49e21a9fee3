namespace Fascicolo.Domain.Payments.Notices;

/// <summary>
/// The two check digits of an IUV issued with aux digit 3 (pagoPA, "Specifiche attuative dei codici
/// identificativi di versamento", §2.1): the remainder of dividing the 16-digit number
/// <c>aux digit + segregation code + IUV base</c> by 93, written with two digits (00–92).
/// </summary>
/// <remarks>
/// Why 93 catches every single-digit error and every swap of two adjacent digits among the sixteen:
/// changing a digit by d (1 ≤ |d| ≤ 9) at weight 10^k changes the number by d·10^k, and swapping
/// neighbours a, b changes it by 9·(a − b)·10^k. 93 = 3 · 31; 10 is coprime with 31 and no |d| ≤ 9
/// (nor 9·|a − b| ≤ 81) is a multiple of 31, so neither change is a multiple of 93.
/// </remarks>
public static class IuvCheckDigits
{
    /// <summary>The modulus.</summary>
    public const int Modulus = 93;

    /// <summary>Digits the check is computed over: aux digit (1), segregation code (2), IUV base (13).</summary>
    public const int CheckedLength = 16;

    /// <summary>Computes the check value (0–92) of sixteen ASCII digits.</summary>
    /// <exception cref="ArgumentException">The span does not hold sixteen ASCII digits.</exception>
    public static int Compute(ReadOnlySpan<char> sixteenDigits)
    {
        if (sixteenDigits.Length != CheckedLength || sixteenDigits.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected sixteen ASCII digits.", nameof(sixteenDigits));
        }

        // Sixteen digits fit in a long (at most 9,999,999,999,999,999 < 2^63), so no big integers.
        long number = 0;
        foreach (var digit in sixteenDigits)
        {
            number = (number * 10) + (digit - '0');
        }

        return (int)(number % Modulus);
    }
}
