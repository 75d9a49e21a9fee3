using System.Net;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class GraphQLErrorTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private SubgraphTestHost Host => fixture.Host;

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_Should_UseStatusOfMediaType_When_ValidationFails(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(Host, new { query = "{ noSuchField }" }, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", SingleError(response.Json).Code());
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_Should_ReturnSyntaxErrorCode_When_DocumentDoesNotParse(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(Host, new { query = "{" }, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("SYNTAX_ERROR", SingleError(response.Json).Code());
    }

    [Fact]
    public async Task Post_Should_ReturnGenericInternalError_When_ResolverThrowsPlainException()
    {
        var response = await PostAsync(Host, new { query = "{ failing person(id: \"P0001\") { id } }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = SingleError(response.Json);
        Assert.Equal("INTERNAL_SERVER_ERROR", error.Code());
        Assert.Equal("Internal server error.", error.GetProperty("message").GetString());
        Assert.Equal("failing", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("hunter2", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", response.Body, StringComparison.Ordinal);
        Assert.Equal("P0001", response.Json.GetProperty("data").GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_Should_ReturnCodeAndExtensions_When_ResolverThrowsCodedError()
    {
        var response = await PostAsync(Host, new { query = "{ coded }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = SingleError(response.Json);
        Assert.Equal("SAMPLE_REFUSED", error.Code());
        Assert.Equal("TESTING", error.GetProperty("extensions").GetProperty("reason").GetString());
        Assert.Equal("Refused on purpose.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_Should_Return400WithCode_When_VariableIsMissing()
    {
        var response = await PostAsync(Host, new { query = "query ($id: ID!) { person(id: $id) { id } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", SingleError(response.Json).Code());
    }
}
