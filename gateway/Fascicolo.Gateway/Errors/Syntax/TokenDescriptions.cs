using System.Globalization;
using GraphQLParser;

namespace Fascicolo.Gateway.Errors.Syntax;

/// <summary>How graphql-js's lexer and parser name tokens and characters in syntax errors.</summary>
internal static class TokenDescriptions
{
    // GraphQL-Parser's punctuator descriptions, which graphql-js prints quoted.
    private static readonly HashSet<string> Punctuators = ["!", "$", "&", "(", ")", "...", ":", "=", "@", "[", "]", "{", "|", "}"];

    /// <summary>graphql-js's <c>getTokenDesc</c>: <c>&lt;EOF&gt;</c>, <c>"}"</c>, <c>Name "foo"</c>, <c>Int "5"</c>, <c>BlockString "x"</c>.</summary>
    public static string Describe(ROM source, Token token) => token.Kind switch
    {
        TokenKind.EOF => "<EOF>",
        TokenKind.NAME => $"Name \"{token.Value}\"",
        TokenKind.INT => $"Int \"{token.Value}\"",
        TokenKind.FLOAT => $"Float \"{token.Value}\"",
        TokenKind.STRING when source.Span[token.Start..].StartsWith("\"\"\"") => $"BlockString \"{token.Value}\"",
        TokenKind.STRING => $"String \"{token.Value}\"",
        _ => $"\"{token}\"",
    };

    /// <summary>
    /// An expected token kind named by GraphQL-Parser (<c>EOF</c>, <c>{</c>, <c>Name</c>, <c>"on"</c>) in
    /// graphql-js's form (<c>&lt;EOF&gt;</c>, <c>"{"</c>, <c>Name</c>, <c>"on"</c>).
    /// </summary>
    public static string Kind(string parserDescription) => parserDescription switch
    {
        "EOF" => "<EOF>",
        _ when Punctuators.Contains(parserDescription) => $"\"{parserDescription}\"",
        _ => parserDescription,
    };

    /// <summary>graphql-js's <c>printCodePointAt</c>: <c>"%"</c> for printable ASCII, <c>U+00E9</c> otherwise, <c>&lt;EOF&gt;</c> past the end.</summary>
    public static string CodePointAt(ROM source, int offset)
    {
        var span = source.Span;
        if (offset >= span.Length)
        {
            return "<EOF>";
        }

        int code = span[offset];
        if (char.IsHighSurrogate(span[offset]) && offset + 1 < span.Length && char.IsLowSurrogate(span[offset + 1]))
        {
            code = char.ConvertToUtf32(span[offset], span[offset + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
