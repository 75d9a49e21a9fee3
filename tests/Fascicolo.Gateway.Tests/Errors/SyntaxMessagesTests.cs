using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests.Errors;

/// <summary>Syntax errors, worded and located as graphql-js's lexer and parser report them.</summary>
public sealed class SyntaxMessagesTests
{
    [Theory]
    [InlineData("{ me { id ", "Syntax Error: Expected Name, found <EOF>.", "1:11")]
    [InlineData("{ me { id } } }", "Syntax Error: Unexpected \"}\".", "1:15")]
    [InlineData("query Q( { a }", "Syntax Error: Expected \"$\", found \"{\".", "1:10")]
    [InlineData("{ a(b: 5 5) }", "Syntax Error: Expected Name, found Int \"5\".", "1:10")]
    [InlineData("fragment F User { id }", "Syntax Error: Expected \"on\", found Name \"User\".", "1:12")]
    [InlineData("fragment on on User { id }", "Syntax Error: Unexpected Name \"on\".", "1:10")]
    [InlineData("{ a } x", "Syntax Error: Unexpected Name \"x\".", "1:7")]
    [InlineData("extend { a }", "Syntax Error: Unexpected \"{\".", "1:8")]
    [InlineData("$x { a }", "Syntax Error: Unexpected \"$\".", "1:1")]
    [InlineData("query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", "1:18")]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", "1:1")]
    [InlineData("\"d\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", "1:1")]
    [InlineData("{ a } \"\"\"blk\"\"\"", "Syntax Error: Unexpected <EOF>.", "1:16")]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", "1:17")]
    [InlineData("  \n ", "Syntax Error: Unexpected <EOF>.", "2:2")]
    public void Parse_Should_ReportGraphQLJsMessage_When_ATokenIsUnexpected(string query, string message, string locations)
    {
        var error = TranslationHarness.ParseError(query);

        ErrorAssert.Contains([error], message, locations, "GRAPHQL_PARSE_FAILED");
    }

    [Theory]
    [InlineData("{ a % }", "Syntax Error: Unexpected character: \"%\".", "1:5")]
    [InlineData("{ a } é", "Syntax Error: Unexpected character: U+00E9.", "1:7")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", "1:1")]
    [InlineData("{ a(b: 'x') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", "1:8")]
    [InlineData("{ a(b: \"x) }", "Syntax Error: Unterminated string.", "1:13")]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", "1:10")]
    [InlineData("{ a(b: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", "1:9")]
    [InlineData("{ a(b: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", "1:9")]
    [InlineData("{ a(b: \"\\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", "1:9")]
    [InlineData("{ a(b: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", "1:9")]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", "1:9")]
    [InlineData("{ a }\r\n{ b(c: %) }", "Syntax Error: Unexpected character: \"%\".", "2:8")]
    public void Parse_Should_ReportGraphQLJsMessage_When_ACharacterCannotBeLexed(string query, string message, string locations)
    {
        var error = TranslationHarness.ParseError(query);

        ErrorAssert.Contains([error], message, locations, "GRAPHQL_PARSE_FAILED");
    }
}
