using Fascicolo.Gateway.Limits;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>Tokens as the GraphQL lexer sees them.</summary>
public sealed class TokenCounterTests
{
    [Theory]
    [InlineData("{ a }", 3)]
    [InlineData("query Q($id: ID!) { node(id: $id) { ... on User { name } } }", 26)]
    [InlineData("{ a(text: \"x y z\", block: \"\"\"many\nlines\"\"\", n: -1.5e3) }", 14)]
    [InlineData("# a comment { with braces }\n{ a } # another", 3)]
    [InlineData("   ", 0)]
    public void Count_Should_CountTheLexicalTokens_When_TheTextLexes(string text, int tokens)
    {
        Assert.Equal(tokens, TokenCounter.Count(text));
    }

    [Fact]
    public void Count_Should_LeaveTheVerdictToTheParser_When_TheTextDoesNotLex()
    {
        Assert.Null(TokenCounter.Count("{ a(text: \"unterminated) }"));
    }
}
