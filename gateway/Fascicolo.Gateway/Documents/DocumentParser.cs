using Fascicolo.Gateway.Errors.Syntax;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Documents;

/// <summary>Parses query texts with GraphQL-Parser (the parser GraphQL.NET and the planner use), keeping locations for error messages.</summary>
internal static class DocumentParser
{
    /// <summary>The deepest nesting of syntax nodes accepted, as GraphQL.NET's default: it bounds the parser's recursion.</summary>
    public const int MaxDepth = 128;

    public static PreparedDocument Parse(string text)
    {
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
