using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

public sealed class PlanExecutorTests
{
    private static readonly SelectionShape ReviewShape = Shape("Review", Leaf("body"));

    private static readonly SelectionShape ProductShape = Shape(
        "Product",
        Leaf("upc", "String", nonNull: true),
        Leaf("name"),
        Object("reviews", ListOf(Named("Review", nonNull: true)), ReviewShape));

    private static readonly QueryPlan TopProductsPlan = new(
        new SequenceNode([
            Root(0, "products", "{ topProducts { __typename upc name } }"),
            new FlattenNode(Path("topProducts", "@"), Entities(1, "reviews", "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{reviews{body}}}}", "Product", "upc")),
        ]),
        Shape("Query", Object("topProducts", ListOf(Named("Product")), ProductShape)),
        OperationKind.Query);

    private const string TopProducts = """
        {"data":{"topProducts":[
          {"__typename":"Product","upc":"1","name":"Table"},
          {"__typename":"Product","upc":"2","name":"Couch"},
          {"__typename":"Product","upc":"1","name":"Table"}]}}
        """;

    [Fact]
    public async Task Execute_Should_MergeEntitiesIntoEveryObject_When_RepresentationsRepeat()
    {
        await using var products = await StubSubgraph.StartAsync(_ => TopProducts);
        await using var reviews = await StubSubgraph.StartAsync(request => EntitiesAnswer(request, upc => $$"""{"reviews":[{"body":"review of {{upc}}"}]}"""));

        var response = await ExecuteAsync(TopProductsPlan, ("products", products.Url), ("reviews", reviews.Url));

        Assert.Equal(
            Normalize("""
                {"data":{"topProducts":[
                  {"upc":"1","name":"Table","reviews":[{"body":"review of 1"}]},
                  {"upc":"2","name":"Couch","reviews":[{"body":"review of 2"}]},
                  {"upc":"1","name":"Table","reviews":[{"body":"review of 1"}]}]}}
                """),
            response);
        var sent = Assert.Single(reviews.Requests).RootElement.GetProperty("variables").GetProperty("representations");
        Assert.Equal("""[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}]""", sent.GetRawText());
    }

    [Fact]
    public async Task Execute_Should_RewriteErrorPathsToClientPaths_When_EntityFetchReportsErrors()
    {
        await using var products = await StubSubgraph.StartAsync(_ => TopProducts);
        await using var reviews = await StubSubgraph.StartAsync(_ => """
            {"data":{"_entities":[{"reviews":[]},{"reviews":null}]},
             "errors":[{"message":"reviews down","path":["_entities",1,"reviews"],"extensions":{"code":"DOWN"}}]}
            """);

        var response = await ExecuteAsync(TopProductsPlan, ("products", products.Url), ("reviews", reviews.Url));

        Assert.Equal(
            Normalize("""
                {"data":{"topProducts":[
                  {"upc":"1","name":"Table","reviews":[]},
                  {"upc":"2","name":"Couch","reviews":null},
                  {"upc":"1","name":"Table","reviews":[]}]},
                 "errors":[{"message":"reviews down","path":["topProducts",1,"reviews"],"extensions":{"code":"DOWN","serviceName":"reviews"}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_ReturnPartialDataWithError_When_SubgraphIsUnreachable()
    {
        await using var products = await StubSubgraph.StartAsync(_ => TopProducts);
        var closedPort = new Uri("http://127.0.0.1:9/graphql");

        var response = await ExecuteAsync(TopProductsPlan, ("products", products.Url), ("reviews", closedPort));

        using var document = JsonDocument.Parse(response);
        var items = document.RootElement.GetProperty("data").GetProperty("topProducts");
        Assert.Equal(3, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), item => Assert.Equal(JsonValueKind.Null, item.GetProperty("reviews").ValueKind));
        var extensions = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("SUBGRAPH_REQUEST_FAILED", extensions.GetProperty("reason").GetString());
        Assert.Equal("reviews", extensions.GetProperty("serviceName").GetString());
    }

    [Fact]
    public async Task Execute_Should_FailWithInvalidResponseReason_When_SubgraphAnswersWithoutJson()
    {
        await using var products = await StubSubgraph.StartAsync(_ => "<html>maintenance</html>");

        var response = await ExecuteAsync(TopProductsPlan, ("products", products.Url), ("reviews", products.Url));

        using var document = JsonDocument.Parse(response);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("topProducts").ValueKind);
        var extensions = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("SUBGRAPH_INVALID_RESPONSE", extensions.GetProperty("reason").GetString());
        Assert.Equal("products", extensions.GetProperty("serviceName").GetString());
    }

    [Fact]
    public async Task Execute_Should_PropagateNullToNullableParent_When_NonNullFieldHasNoValue()
    {
        await using var products = await StubSubgraph.StartAsync(_ => TopProducts);
        await using var reviews = await StubSubgraph.StartAsync(_ => """{"data":{"_entities":[{"reviews":[{"body":"ok"}]},null]}}""");
        var nonNullReviews = Shape(
            "Product",
            Leaf("upc", "String", nonNull: true),
            Object("reviews", ListOf(Named("Review", nonNull: true), nonNull: true), ReviewShape));
        var plan = TopProductsPlan with { Shape = Shape("Query", Object("topProducts", ListOf(Named("Product")), nonNullReviews)) };

        var response = await ExecuteAsync(plan, ("products", products.Url), ("reviews", reviews.Url));

        Assert.Equal(
            Normalize("""
                {"data":{"topProducts":[{"upc":"1","reviews":[{"body":"ok"}]},null,{"upc":"1","reviews":[{"body":"ok"}]}]},
                 "errors":[{"message":"Cannot return null for non-nullable field.","path":["topProducts",1,"reviews"],"extensions":{"code":"NON_NULL_VIOLATION"}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_FailWithTimeoutReason_When_SubgraphIsSlowerThanItsTimeout()
    {
        await using var products = await StubSubgraph.StartAsync(_ => TopProducts, delay: TimeSpan.FromSeconds(5));
        var options = new SubgraphClientOptions { Timeout = TimeSpan.FromMilliseconds(200) };

        var response = await ExecuteAsync(TopProductsPlan, options, ("products", products.Url), ("reviews", products.Url));

        using var document = JsonDocument.Parse(response);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("topProducts").ValueKind);
        var extensions = document.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("SUBGRAPH_TIMEOUT", extensions.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Execute_Should_ForwardOnlyTheVariablesAFetchUses_When_ClientSendsVariables()
    {
        await using var products = await StubSubgraph.StartAsync(_ => """{"data":{"topProducts":[]}}""");
        var plan = TopProductsPlan with { Root = Root(0, "products", "query($first:Int){ topProducts(first:$first) { upc } }", "first") };
        using var variables = JsonDocument.Parse("""{"first":2,"unused":"x"}""");

        var response = await ExecuteAsync(plan, new SubgraphClientOptions(), variables.RootElement, ("products", products.Url));

        Assert.Equal("""{"data":{"topProducts":[]}}""", response);
        Assert.Equal("""{"first":2}""", Assert.Single(products.Requests).RootElement.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task Execute_Should_WriteFieldsOfTheRuntimeType_When_PositionIsAbstract()
    {
        await using var search = await StubSubgraph.StartAsync(_ => """
            {"data":{"search":[{"__typename":"Book","title":"T","pages":3},{"__typename":"Film","title":"F","minutes":90}]}}
            """);
        var byType = new Dictionary<string, IReadOnlyList<ShapeField>>
        {
            ["Book"] = [Leaf("__typename"), Leaf("title"), Leaf("pages", "Int")],
            ["Film"] = [Leaf("__typename"), Leaf("minutes", "Int")],
        };
        var plan = new QueryPlan(
            Root(0, "search", "{ search { __typename ... on Book { title pages } ... on Film { minutes } } }"),
            Shape("Query", Object("search", ListOf(Named("Media")), AbstractShape("Media", byType))),
            OperationKind.Query);

        var response = await ExecuteAsync(plan, ("search", search.Url));

        Assert.Equal("""{"data":{"search":[{"__typename":"Book","title":"T","pages":3},{"__typename":"Film","minutes":90}]}}""", response);
    }

    [Fact]
    public async Task Execute_Should_WriteErrorsInDocumentOrder_When_ASubgraphListsThemInAnotherOrder()
    {
        await using var products = await StubSubgraph.StartAsync(_ => """
            {"data":{"topProducts":[{"upc":"1","name":null},{"upc":"2","name":"Couch"},{"upc":"3","name":null}]},
             "errors":[
              {"message":"third","path":["topProducts",2,"name"]},
              {"message":"first","path":["topProducts",0,"name"]},
              {"message":"overall"},
              {"message":"first upc","path":["topProducts",0,"upc"]}]}
            """);
        var plan = new QueryPlan(
            Root(0, "products", "{ topProducts { upc name } }"),
            Shape("Query", Object("topProducts", ListOf(Named("Product")), Shape("Product", Leaf("upc", nonNull: true), Leaf("name")))),
            OperationKind.Query);

        var response = await ExecuteAsync(plan, ("products", products.Url));

        // Errors without a path first; then by position in the response, a field's before those below it.
        using var document = JsonDocument.Parse(response);
        var messages = document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString());
        Assert.Equal(["overall", "first upc", "first", "third"], messages);
    }

    private static Task<string> ExecuteAsync(QueryPlan plan, params (string Name, Uri Url)[] subgraphs) =>
        ExecuteAsync(plan, new SubgraphClientOptions(), subgraphs);

    private static Task<string> ExecuteAsync(QueryPlan plan, SubgraphClientOptions options, params (string Name, Uri Url)[] subgraphs) =>
        ExecuteAsync(plan, options, null, subgraphs);

    private static async Task<string> ExecuteAsync(QueryPlan plan, SubgraphClientOptions options, JsonElement? variables, params (string Name, Uri Url)[] subgraphs)
    {
        using var clients = new SubgraphClients(subgraphs.Select(s => KeyValuePair.Create(s.Name, s.Url)), options);
        var executor = new PlanExecutor(clients);
        using var output = await executor.ExecuteAsync(plan, new ExecutionRequest(variables), CancellationToken.None);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string EntitiesAnswer(JsonElement request, Func<string, string> entityFor)
    {
        var entities = request.GetProperty("variables").GetProperty("representations").EnumerateArray()
            .Select(representation => entityFor(representation.GetProperty("upc").GetString()!));
        return "{\"data\":{\"_entities\":[" + string.Join(",", entities) + "]}}";
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
