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
            return PreparedDocument.Parsed(text, Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxDepth }));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return PreparedDocument.Unparsable(text, new GraphQLError($"Syntax Error: the document nests more than {MaxDepth} levels.", GatewayErrorCodes.ParseFailed));
        }
        catch (GraphQLParserException exception)
        {
            return PreparedDocument.Unparsable(text, new GraphQLError(
                "Syntax Error: " + exception.Description,
                GatewayErrorCodes.ParseFailed,
                [new ErrorLocation(exception.Location.Line, exception.Location.Column)]));
        }
    }
}
