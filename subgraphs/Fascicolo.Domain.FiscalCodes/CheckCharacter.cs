namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The 16th character of a person's fiscal code, computed from the first fifteen.</summary>
internal static class CheckCharacter
{
    // Both tables are indexed by the character's ordinal: 0–9 for digits, 10–35 for A–Z.
    private static ReadOnlySpan<byte> OddPositionValues =>
    [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
    ];

    private static ReadOnlySpan<byte> EvenPositionValues =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    ];

    /// <summary>Computes the check character of fifteen ASCII letters or digits (either case).</summary>
    /// <returns>The upper-case check character, or <c>'\0'</c> when a character is not an ASCII letter or digit.</returns>
    public static char Compute(ReadOnlySpan<char> first15)
    {
        var sum = 0;
        for (var i = 0; i < first15.Length; i++)
        {
            var ordinal = Ordinal(first15[i]);
            if (ordinal < 0)
            {
                return '\0';
            }

            // Positions are counted from 1 by the specification, so index 0 is an odd position.
            sum += i % 2 == 0 ? OddPositionValues[ordinal] : EvenPositionValues[ordinal];
        }

        return (char)('A' + (sum % 26));
    }

    private static int Ordinal(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        >= 'a' and <= 'z' => c - 'a' + 10,
        _ => -1,
    };
}
