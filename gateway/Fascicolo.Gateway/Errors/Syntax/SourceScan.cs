using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Errors.Syntax;

/// <summary>
/// Re-lexes a document that failed to parse, up to the error, with GraphQL-Parser's own lexer: the facts a
/// graphql-js message needs and GraphQL-Parser's exception does not carry.
/// </summary>
internal static class SourceScan
{
    /// <summary>The token at (or after) <paramref name="offset"/>; null when the lexer rejects it.</summary>
    public static Token? TokenAt(ROM source, int offset)
    {
        try
        {
            var token = Lexer.Lex(source, offset);
            while (token.Kind == TokenKind.COMMENT)
            {
                token = Lexer.Lex(source, token.End);
            }

            return token;
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>
    /// The token at <paramref name="offset"/> (the one that contains it, or the next one), how deep in
    /// brackets, parentheses and braces it is, and the end of the first number before it that is directly
    /// followed by <c>.</c> or a name character: graphql-js's lexer rejects such a number, GraphQL-Parser
    /// splits it into two tokens and fails later.
    /// </summary>
    public static (Token? At, int Depth, int? BadNumberEnd) Scan(ROM source, int offset)
    {
        var span = source.Span;
        var depth = 0;
        var position = 0;
        while (TokenAt(source, position) is { } token)
        {
            // graphql-js lexes the token at the error too before its parser reports it.
            if (token.Kind is TokenKind.INT or TokenKind.FLOAT && token.End < span.Length && (span[token.End] == '.' || IsNameStart(span[token.End])))
            {
                return (token, depth, token.End);
            }

            if (token.Kind == TokenKind.EOF || token.End > offset)
            {
                return (token, depth, null);
            }

            depth += token.Kind switch
            {
                TokenKind.BRACE_L or TokenKind.PAREN_L or TokenKind.BRACKET_L => 1,
                TokenKind.BRACE_R or TokenKind.PAREN_R or TokenKind.BRACKET_R => -1,
                _ => 0,
            };
            position = token.End;
        }

        // The lexer itself fails before the offset: the token there is unknown.
        return (null, depth, null);
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);
}
