namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The shape of a person's fiscal code: which positions hold letters and which digits.</summary>
internal static class FiscalCodeLayout
{
    /// <summary>Characters in a person's fiscal code.</summary>
    public const int Length = 16;

    /// <summary>0-based position of the month letter.</summary>
    public const int MonthIndex = 8;

    /// <summary>0-based position of the first character of the birthplace code.</summary>
    public const int BirthplaceIndex = 11;

    /// <summary>0-based position of the check character.</summary>
    public const int CheckIndex = 15;

    /// <summary>
    /// Upper-cases a 16-character code into <paramref name="destination"/> and checks its shape:
    /// letters where letters go, digits or omocodia letters where digits go.
    /// </summary>
    /// <remarks>
    /// Any letter is accepted for the month so that a wrong month gets its own error instead of
    /// the generic format one; the day range is likewise checked later.
    /// </remarks>
    public static bool TryNormalize(ReadOnlySpan<char> code, Span<char> destination)
    {
        for (var i = 0; i < Length; i++)
        {
            var c = code[i];
            if (char.IsAsciiLetterLower(c))
            {
                c = (char)(c - ('a' - 'A'));
            }

            var fits = Omocodia.IsDigitPosition(i) ? Omocodia.DigitValue(c) >= 0 : char.IsAsciiLetterUpper(c);
            if (!fits)
            {
                return false;
            }

            destination[i] = c;
        }

        return true;
    }
}
