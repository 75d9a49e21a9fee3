namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The cadastral code of a municipality, or <c>Z</c> plus three digits for a foreign state.</summary>
internal static class BelfioreCode
{
    /// <summary>Characters in a Belfiore code.</summary>
    public const int Length = 4;

    /// <summary>Whether <paramref name="code"/> is a letter (either case) followed by three ASCII digits.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code) =>
        code.Length == Length
        && char.IsAsciiLetter(code[0])
        && char.IsAsciiDigit(code[1])
        && char.IsAsciiDigit(code[2])
        && char.IsAsciiDigit(code[3]);
}
