using System.Net;
using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests;

public sealed class ContentNegotiationTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private GatewayHost Gateway => shop.Gateway;

    [Fact]
    public async Task Post_Should_Answer400WithTheGraphQLResponseType_When_ValidationFails_And_ItIsAccepted()
    {
        using var response = await Gateway.PostAsync("{ nope }", accept: "application/graphql-response+json");

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Post_Should_Answer200WithJson_When_ValidationFails_And_OnlyJsonIsAccepted()
    {
        using var response = await Gateway.PostAsync("{ nope }", accept: "application/json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.OK, "GRAPHQL_VALIDATION_FAILED");
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.2, application/json", "application/json")]
    public async Task Post_Should_AnswerTheNegotiatedType_When_AcceptIsGiven(string? accept, string expected)
    {
        using var response = await Gateway.PostRawAsync("""{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Should_Answer406_When_AcceptAllowsNoJsonType()
    {
        using var response = await Gateway.PostRawAsync("""{"query":"{ __typename }"}""", "text/plain");

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task Post_Should_Answer415_When_TheBodyIsNotJson()
    {
        using var response = await Gateway.PostRawAsync("{ __typename }", contentType: "application/graphql");

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Get_Should_ExecuteTheQuery_When_GivenInTheQueryString()
    {
        using var response = await Gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q($t: String!) { __type(name: $t) { name } }") + "&operationName=Q&variables=" + Uri.EscapeDataString("""{"t":"Product"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Product"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Should_Answer405AllowingPost_When_TheOperationIsAMutation()
    {
        using var response = await Gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { rename(id: \"p1\", name: \"Sofa\") { id } }"));

        Assert.Equal(["POST"], response.Content.Headers.Allow);
        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Put_Should_Answer405AllowingGetAndPost_When_SentToTheEndpoint()
    {
        using var response = await Gateway.Client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Theory]
    [InlineData("""[{"query":"{ __typename }"}]""", "BATCHING_NOT_SUPPORTED")]
    [InlineData("""{"query":""", "INVALID_JSON")]
    [InlineData("""{"query":"{ __typename }"} trailing""", "INVALID_JSON")]
    [InlineData("""{}""", "BAD_REQUEST")]
    [InlineData("""{"query":""}""", "BAD_REQUEST")]
    [InlineData("""{"query":42}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","extensions":[]}""", "BAD_REQUEST")]
    [InlineData("""42""", "BAD_REQUEST")]
    public async Task Post_Should_Answer400WithACode_When_TheRequestIsMalformed(string body, string code)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            using var response = await Gateway.PostRawAsync(body, accept);

            await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, code);
        }
    }

    [Fact]
    public async Task Post_Should_DecodeEscapes_When_TheQueryTextHasThem()
    {
        using var response = await Gateway.PostRawAsync("""{"query":"{ \u005f_typename a: __typename }"}""");

        Assert.Equal("""{"data":{"__typename":"Query","a":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Should_Answer413_When_TheBodyExceedsMaxRequestBytes()
    {
        await using var gateway = await GatewayHost.StartAsync(TestData.ShopSupergraph, new Dictionary<string, string?> { ["Gateway:MaxRequestBytes"] = "64" });

        var padding = new string('x', 100);
        using var declared = await gateway.PostRawAsync("""{"query":"{ __typename }","extensions":{"pad":""" + "\"" + padding + "\"}}");
        await GraphQLAssert.NotExecutedAsync(declared, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        using var small = await gateway.PostRawAsync("""{"query":"{ __typename }"}""");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }
}
