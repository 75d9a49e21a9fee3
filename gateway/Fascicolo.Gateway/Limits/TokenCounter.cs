using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Limits;

/// <summary>
/// Counts a document's lexical tokens with GraphQL-Parser's own lexer, before the parser builds anything:
/// the lexer runs in constant memory, so a hostile document costs one linear scan, not a syntax tree.
/// </summary>
internal static class TokenCounter
{
    /// <summary>
    /// The number of tokens of <paramref name="text"/> (comments are ignored, as by the parser); null when
    /// the text does not lex, which the parser then reports as a syntax error.
    /// </summary>
    public static int? Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return count;
                }

                if (token.Kind != TokenKind.COMMENT)
                {
                    count++;
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }
}
