using System.Net;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class GraphQLHttpEndpointTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task GraphQLHttpAudit_Should_ReportNoWarningsOrErrors_When_AuditingTheEndpoint()
    {
        var results = await GraphQLHttpAudit.RunAsync(Host.GraphQLEndpoint);

        var failures = results.Where(r => r.IsFailure).ToList();
        Assert.True(failures.Count == 0, $"graphql-http audit failures:\n{string.Join('\n', failures)}");
        Assert.True(results.Count > 40, $"only {results.Count} audits ran");
    }

    [Fact]
    public async Task Post_Should_RespondWithGraphQLResponseJson_When_ItIsAccepted()
    {
        var response = await PostAsync(Host, new { query = "{ person(id: \"P0001\") { name } }" }, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal("utf-8", response.Message.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Person 1", response.Json.GetProperty("data").GetProperty("person").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task Post_Should_RespondWithApplicationJson_When_OnlyJsonOrAnythingIsAccepted(string? accept)
    {
        var response = await PostAsync(Host, new { query = "{ __typename }" }, accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Post_Should_PreferGraphQLResponseJson_When_BothAreAcceptedEqually()
    {
        var response = await PostAsync(Host, new { query = "{ __typename }" }, accept: "application/json, application/graphql-response+json");

        Assert.Equal(GraphQLResponse, response.MediaType);
    }

    [Fact]
    public async Task Get_Should_ExecuteQuery_When_QueryAndVariablesAreInTheQueryString()
    {
        var query = Uri.EscapeDataString("query One($id: ID!) { person(id: $id) { id } }");
        var variables = Uri.EscapeDataString("{\"id\":\"P0002\"}");

        var response = await SendAsync(Host, HttpMethod.Get, accept: GraphQLResponse, query: $"?query={query}&variables={variables}&operationName=One");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("P0002", response.Json.GetProperty("data").GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_Should_Return405WithAllowPost_When_OperationIsAMutation()
    {
        var query = Uri.EscapeDataString("mutation { echo(text: \"hi\") }");

        var response = await SendAsync(Host, HttpMethod.Get, accept: GraphQLResponse, query: $"?query={query}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("POST", response.Message.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", SingleError(response.Json).Code());
    }

    [Fact]
    public async Task Post_Should_ExecuteMutation_When_MutationIsPosted()
    {
        var response = await PostAsync(Host, new { query = "mutation { echo(text: \"ciao\") }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ciao", response.Json.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Put_Should_Return405WithAllowGetAndPost_When_MethodIsNeither()
    {
        var response = await SendAsync(Host, HttpMethod.Put, "{\"query\":\"{ __typename }\"}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow.Order());
        Assert.Equal("METHOD_NOT_ALLOWED", SingleError(response.Json).Code());
    }

    [Fact]
    public async Task Post_Should_Return406_When_NoAcceptableMediaTypeIsAccepted()
    {
        var response = await SendAsync(Host, HttpMethod.Post, "{\"query\":\"{ __typename }\"}", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", SingleError(response.Json).Code());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Post_Should_Return415_When_ContentTypeIsNotJson(string? contentType)
    {
        var response = await SendAsync(Host, HttpMethod.Post, "{\"query\":\"{ __typename }\"}", contentType: contentType, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", SingleError(response.Json).Code());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task Post_Should_Return400WithInvalidJson_When_BodyIsNotJson(string accept)
    {
        var response = await SendAsync(Host, HttpMethod.Post, "{ \"query\": ", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", SingleError(response.Json).Code());
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "BATCHING_NOT_SUPPORTED")]
    [InlineData("{\"query\": 1}", "BAD_REQUEST")]
    [InlineData("{\"qeury\": \"{ __typename }\"}", "BAD_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "BAD_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}", "BAD_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": [1]}", "BAD_REQUEST")]
    [InlineData("", "BAD_REQUEST")]
    public async Task Post_Should_Return400WithCode_When_RequestIsMalformed(string body, string code)
    {
        var response = await SendAsync(Host, HttpMethod.Post, body, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, SingleError(response.Json).Code());
    }

    [Fact]
    public async Task Post_Should_Return413_When_BodyExceedsTheLimit()
    {
        var response = await PostAsync(Host, new { query = "{ __typename }", extensions = new { padding = new string('x', 1_100_000) } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", SingleError(response.Json).Code());
    }

    [Fact]
    public async Task Post_Should_RunTheNamedOperation_When_DocumentHasSeveralOperations()
    {
        var response = await PostAsync(Host, new
        {
            query = "query A { person(id: \"P0001\") { id } } query B { person(id: \"P0003\") { id } }",
            operationName = "B",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("P0003", response.Json.GetProperty("data").GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public async Task QueryAsync_Should_ReturnData_When_UsingTheTestHostHelper()
    {
        using var document = await Host.QueryAsync("query ($id: ID!) { person(id: $id) { name } }", new { id = "P0004" });

        Assert.Equal("Person 4", document.RootElement.GetProperty("data").GetProperty("person").GetProperty("name").GetString());
        Assert.Empty(AssertAllErrorsCoded(document.RootElement));
    }
}
