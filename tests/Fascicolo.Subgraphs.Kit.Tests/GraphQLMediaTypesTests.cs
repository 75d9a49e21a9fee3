namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.9", "application/graphql-response+json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0", null)]
    public void Negotiate_Should_PickTheResponseMediaType_When_GivenAnAcceptHeader(string accept, string? expected)
    {
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(accept.Length == 0 ? [] : [accept]));
    }
}
