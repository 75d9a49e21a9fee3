namespace Fascicolo.Gateway.Errors.Syntax;

/// <summary>The text graphql-js quotes when it rejects an escape sequence in a string, which starts at the backslash.</summary>
internal static class EscapeSequences
{
    /// <summary>
    /// <c>Invalid Unicode escape sequence: "\u12")".</c> or <c>Invalid character escape sequence: "\q".</c>
    /// for the escape starting at <paramref name="backslash"/>: as many characters as graphql-js's lexer had
    /// read when it gave up.
    /// </summary>
    public static string Describe(ReadOnlySpan<char> source, int backslash)
    {
        if (backslash + 1 >= source.Length || source[backslash + 1] != 'u')
        {
            return $"Invalid character escape sequence: \"{Slice(source, backslash, 2)}\".";
        }

        return $"Invalid Unicode escape sequence: \"{Slice(source, backslash, UnicodeLength(source, backslash))}\".";
    }

    private static int UnicodeLength(ReadOnlySpan<char> source, int backslash)
    {
        if (backslash + 2 >= source.Length || source[backslash + 2] != '{')
        {
            return 6;
        }

        // graphql-js's readEscapedUnicodeVariableWidth: up to eleven characters, stopping after the first
        // one that is not a hex digit (a "}" ends it: there the escape was refused for its value).
        var size = 3;
        while (size < 12)
        {
            var at = backslash + size++;
            if (at >= source.Length || !char.IsAsciiHexDigit(source[at]))
            {
                break;
            }
        }

        return size;
    }

    private static string Slice(ReadOnlySpan<char> source, int start, int length) =>
        source.Slice(start, Math.Min(length, source.Length - start)).ToString();
}
