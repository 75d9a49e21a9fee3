using System.Net;
using Fascicolo.Gateway.Tests.Support;

namespace Fascicolo.Gateway.Tests;

public sealed class RequestErrorTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private GatewayHost Gateway => shop.Gateway;

    [Fact]
    public async Task Query_Should_FailWithParseFailed_When_TheSyntaxIsWrong()
    {
        using var response = await Gateway.PostAsync("{ products { id }");

        var error = await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED");
        Assert.StartsWith("Syntax Error", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("{ products { nope } }")]
    [InlineData("{ products }")]
    [InlineData("{ product { id } }")]
    [InlineData("{ products(first: \"two\") { id } }")]
    [InlineData("query($unused: Int) { __typename }")]
    [InlineData("{ ...Missing }")]
    [InlineData("type Foo { a: Int } { __typename }")]
    [InlineData("subscription { __typename }")]
    public async Task Query_Should_FailWithValidationFailed_When_ItBreaksARule(string query)
    {
        using var response = await Gateway.PostAsync(query);

        var error = await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
        Assert.True(error.TryGetProperty("locations", out _), error.ToString());
    }

    [Theory]
    [InlineData("{ internalReport }")]
    [InlineData("{ products { supplierCode } }")]
    [InlineData("{ search(text: \"a\", filter: { supplierCode: \"x\" }) { __typename } }")]
    [InlineData("{ search(text: \"a\", filter: { color: PROTOTYPE }) { __typename } }")]
    [InlineData("{ search(text: \"a\") { ... on AuditEntry { at } } }")]
    public async Task Query_Should_FailWithValidationFailed_When_ItUsesAnInaccessibleElement(string query)
    {
        using var response = await Gateway.PostAsync(query);

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Query_Should_FailWithBadUserInput_When_AVariableHasTheWrongType()
    {
        using var response = await Gateway.PostAsync("query($first: Int) { products(first: $first) { id } }", new { first = "two" });

        var error = await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
        Assert.Contains("$first", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_Should_FailWithBadUserInput_When_ARequiredVariableIsMissing()
    {
        using var response = await Gateway.PostAsync("query($id: ID!) { product(id: $id) { id } }");

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Query_Should_FailWithBadUserInput_When_AnEnumVariableIsInaccessible()
    {
        using var response = await Gateway.PostAsync("query($f: ProductFilter) { search(text: \"a\", filter: $f) { __typename } }", new { f = new { color = "PROTOTYPE" } });

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Query_Should_FailWithOperationNotFound_When_NoOperationHasTheName()
    {
        using var response = await Gateway.PostAsync("query A { __typename }", operationName: "B");

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "OPERATION_NOT_FOUND");
    }

    [Fact]
    public async Task Query_Should_FailWithOperationNotFound_When_SeveralOperationsAreUnnamed()
    {
        using var response = await Gateway.PostAsync("query A { __typename } query B { __typename }");

        await GraphQLAssert.NotExecutedAsync(response, HttpStatusCode.BadRequest, "OPERATION_NOT_FOUND");
    }

    [Fact]
    public async Task Query_Should_RunTheNamedOperation_When_TheDocumentHasSeveral()
    {
        using var response = await Gateway.QueryAsync("query A { a: __typename } query B { b: __typename }", operationName: "B");

        Assert.Equal("""{"data":{"b":"Query"}}""", response.RootElement.GetRawText());
    }

    [Fact]
    public async Task Query_Should_AnswerTheCachedErrors_When_TheSameInvalidDocumentIsSentTwice()
    {
        using var first = await Gateway.PostAsync("{ products { again } }");
        using var second = await Gateway.PostAsync("{ products { again } }");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await GraphQLAssert.NotExecutedAsync(second, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
    }
}
