using Fascicolo.Gateway.Errors.Syntax;
using Fascicolo.Gateway.Limits;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Documents;

/// <summary>Parses query texts with GraphQL-Parser (the parser GraphQL.NET and the planner use), keeping locations for error messages.</summary>
internal static class DocumentParser
{
    /// <summary>The deepest nesting of syntax nodes accepted, as GraphQL.NET's default: it bounds the parser's recursion.</summary>
    public const int MaxDepth = 128;

    /// <param name="text">The document.</param>
    /// <param name="maxTokens">The most lexical tokens accepted (<c>Gateway:Limits:MaxTokens</c>); 0 for no limit.</param>
    public static PreparedDocument Parse(string text, int maxTokens = 0)
    {
        // Counted before parsing: too many tokens cost one scan of the text, not a syntax tree.
        if (maxTokens > 0 && OperationLimits.CheckTokens(TokenCounter.Count(text), maxTokens) is { } tooMany)
        {
            return PreparedDocument.Unparsable(text, tooMany);
        }

        try
        {
            var syntax = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxDepth });
            return syntax.Definitions.Count > 0
                ? PreparedDocument.Parsed(text, syntax)
                : PreparedDocument.Unparsable(text, SyntaxErrorTranslator.NoDefinition(text));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return PreparedDocument.Unparsable(text, new GraphQLError($"Syntax Error: the document nests more than {MaxDepth} levels.", GatewayErrorCodes.ParseFailed));
        }
        catch (GraphQLParserException exception)
        {
            return PreparedDocument.Unparsable(text, SyntaxErrorTranslator.Translate(text, exception));
        }
    }
}
