using Fascicolo.Gateway.Documents;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Errors.Syntax;

/// <summary>
/// Renders GraphQL-Parser's syntax errors as graphql-js does: <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>,
/// <c>Syntax Error: Unexpected "}".</c>, <c>Syntax Error: Unexpected character: "%".</c>, located where graphql-js
/// locates them.
/// </summary>
/// <remarks>
/// GraphQL-Parser's exception carries only a description and a location. The description says which form the
/// error takes (expected/unexpected token, bad character, bad number, bad escape, unterminated string): its
/// leading words are read for that, and for the kind the parser expected. The token or character it found is
/// taken from the source at the location, re-lexed with GraphQL-Parser's lexer, and printed with graphql-js's
/// token names. Runs only for documents that do not parse (cached with the document).
/// DIVERGENCE: where the two parsers disagree on whether a document parses at all (GraphQL-Parser accepts a
/// lone surrogate escape such as <c>"\uD800"</c>, refuses a description on an operation or a variable), the verdict stays
/// GraphQL-Parser's; only the wording of its errors is translated.
/// </remarks>
internal static class SyntaxErrorTranslator
{
    private const string Prefix = "Syntax Error: ";

    public static GraphQLError Translate(string text, GraphQLParserException exception)
    {
        ROM source = text;
        var description = StripReference(exception.Description);
        try
        {
            var offset = SourcePositions.OffsetOf(source, exception.Location);
            var (message, at) = Describe(source, offset, description);
            return new GraphQLError(Prefix + message, GatewayErrorCodes.ParseFailed, [SourcePositions.Locate(source, at)]);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // The wording is a courtesy: a failure to reword must not turn the client's 400 into a 500.
            return new GraphQLError(Prefix + description, GatewayErrorCodes.ParseFailed, [new ErrorLocation(exception.Location.Line, exception.Location.Column)]);
        }
    }

    /// <summary>
    /// A text with no definition at all (blank, or only comments). The spec's grammar needs one; GraphQL-Parser
    /// returns an empty document, graphql-js reports the end of the text as unexpected.
    /// </summary>
    public static GraphQLError NoDefinition(string text) =>
        new(Prefix + "Unexpected <EOF>.", GatewayErrorCodes.ParseFailed, [SourcePositions.Locate(text, text.Length)]);

    private static (string Message, int Offset) Describe(ROM source, int offset, string description)
    {
        var (at, depth, badNumberEnd) = SourceScan.Scan(source, offset);
        if (badNumberEnd is { } end)
        {
            // graphql-js's lexer stops at a number followed by "." or a name before GraphQL-Parser's parser fails.
            return ($"Invalid number, expected digit but got: {TokenDescriptions.CodePointAt(source, end)}.", end);
        }

        if (description.StartsWith("Expected ", StringComparison.Ordinal) && description.IndexOf(", found ", StringComparison.Ordinal) is > 0 and var comma
            && at is { } found)
        {
            var expected = description["Expected ".Length..comma];

            // A slash-separated keyword list is GraphQL-Parser's own wording for "a definition expected": graphql-js says the token is unexpected.
            return expected.Contains('/', StringComparison.Ordinal)
                ? ($"Unexpected {TokenDescriptions.Describe(source, found)}.", found.Start)
                : ($"Expected {TokenDescriptions.Kind(expected)}, found {TokenDescriptions.Describe(source, found)}.", found.Start);
        }

        if (description.StartsWith("Unexpected character", StringComparison.Ordinal) || description.StartsWith("Invalid character \"", StringComparison.Ordinal))
        {
            return offset < source.Length && source.Span[offset] == '\''
                ? ("Unexpected single quote character ('), did you mean to use a double quote (\")?", offset)
                : ($"Unexpected character: {TokenDescriptions.CodePointAt(source, offset)}.", offset);
        }

        if (description.StartsWith("Unexpected ", StringComparison.Ordinal) && at is { } unexpected)
        {
            return Unexpected(source, unexpected, depth);
        }

        if (description.StartsWith("Invalid character escape sequence", StringComparison.Ordinal) && offset > 0 && source.Span[offset - 1] == '\\')
        {
            return (EscapeSequences.Describe(source.Span, offset - 1), offset - 1);
        }

        if (description.StartsWith("Invalid character within String", StringComparison.Ordinal))
        {
            // DIVERGENCE: GraphQL-Parser refuses control characters in strings; graphql-js accepts them.
            return ($"Invalid character within String: {TokenDescriptions.CodePointAt(source, offset)}.", offset);
        }

        if (description.StartsWith("Unterminated", StringComparison.Ordinal))
        {
            return ("Unterminated string.", offset);
        }

        if (description.StartsWith("Invalid number", StringComparison.Ordinal) && description.LastIndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
        {
            return ($"{description[..colon]}: {TokenDescriptions.CodePointAt(source, offset)}.", offset);
        }

        return (description.EndsWith('.') ? description : description + ".", offset);
    }

    private static (string Message, int Offset) Unexpected(ROM source, Token token, int depth)
    {
        if (token.Kind == TokenKind.DOLLAR && depth > 0 && SourceScan.TokenAt(source, token.End) is { Kind: TokenKind.NAME } name)
        {
            // Inside brackets, a "$" GraphQL-Parser did not expect is a variable in a constant (a default value).
            return ($"Unexpected variable \"${name.Value}\" in constant value.", token.Start);
        }

        if (token.Kind == TokenKind.STRING && depth == 0 && SourceScan.TokenAt(source, token.End) is { } next)
        {
            // graphql-js reads a string before a definition as its description, then judges what follows.
            return next.Kind switch
            {
                TokenKind.BRACE_L => ("Unexpected description, descriptions are not supported on shorthand queries.", token.Start),
                TokenKind.NAME when !IsDefinitionKeyword(next.Value.ToString()) => ("Unexpected description, only GraphQL definitions support descriptions.", token.Start),
                TokenKind.NAME => ($"Unexpected {TokenDescriptions.Describe(source, token)}.", token.Start),
                _ => ($"Unexpected {TokenDescriptions.Describe(source, next)}.", next.Start),
            };
        }

        return ($"Unexpected {TokenDescriptions.Describe(source, token)}.", token.Start);
    }

    // DIVERGENCE: graphql-js 16.15 also accepts descriptions on operations, fragments and variable definitions;
    // GraphQL-Parser refuses them, so such documents fail here with GraphQL-Parser's verdict.
    private static bool IsDefinitionKeyword(string name) =>
        name is "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive" or "query" or "mutation" or "subscription" or "fragment";

    // GraphQL-Parser appends "; for more information see <spec link>" (and, for "on", its own reason) after ";".
    private static string StripReference(string description) =>
        description.IndexOf("; ", StringComparison.Ordinal) is > 0 and var at ? description[..at] : description;
}
