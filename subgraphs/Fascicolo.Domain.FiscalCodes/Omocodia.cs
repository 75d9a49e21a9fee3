namespace Fascicolo.Domain.FiscalCodes;

/// <summary>
/// The substitution of digits by letters that tells apart people who would otherwise share a code.
/// </summary>
internal static class Omocodia
{
    /// <summary>The number of digit positions that can be substituted.</summary>
    public const int MaxLevel = 7;

    private const string Letters = "LMNPQRSTUV";

    /// <summary>0-based digit positions, rightmost first: the order in which substitutions are made.</summary>
    public static ReadOnlySpan<byte> Positions => [14, 13, 12, 10, 9, 7, 6];

    /// <summary>Whether a 0-based position holds a digit that omocodia may replace.</summary>
    public static bool IsDigitPosition(int index) => index is 6 or 7 or 9 or 10 or 12 or 13 or 14;

    /// <summary>The letter that replaces an ASCII digit.</summary>
    public static char LetterFor(char digit) => Letters[digit - '0'];

    /// <summary>The value 0–9 of an upper-case digit or omocodia letter, or -1 for any other character.</summary>
    public static int DigitValue(char upper) => upper switch
    {
        >= '0' and <= '9' => upper - '0',
        >= 'L' and <= 'V' => Letters.IndexOf(upper, StringComparison.Ordinal),
        _ => -1,
    };

    /// <summary>Copies an upper-case code, turning omocodia letters back into digits.</summary>
    /// <returns>Whether any letter was turned back.</returns>
    public static bool Decode(ReadOnlySpan<char> code, Span<char> destination)
    {
        code.CopyTo(destination);
        var substituted = false;
        foreach (var position in Positions)
        {
            var c = code[position];
            if (!char.IsAsciiDigit(c))
            {
                destination[position] = (char)('0' + DigitValue(c));
                substituted = true;
            }
        }

        return substituted;
    }
}
