using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>
/// Entity fetches of one parallel node to one subgraph go as one request, one aliased <c>_entities</c>
/// field each; the answer is split back to each fetch, errors included.
/// </summary>
public sealed class MergedEntityFetchTests
{
    private const string Shop = """
        {"data":{"products":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}],
                 "cheap":[{"__typename":"Product","upc":"3"}]}}
        """;

    private static readonly FetchNode Names = PlannedEntities(1, "catalog", "{ ... on Product { name } }", "Product", "upc");
    private static readonly FetchNode Prices = PlannedEntities(2, "catalog", "{ ... on Product { price } }", "Product", "upc");

    private static readonly SelectionShape QueryShape = Shape(
        "Query",
        Object("products", ListOf(Named("Product")), Shape("Product", Leaf("upc"), Leaf("name"))),
        Object("cheap", ListOf(Named("Product")), Shape("Product", Leaf("upc"), Leaf("price"))));

    private static QueryPlan Plan(FetchNode names, FetchNode prices, OperationKind kind = OperationKind.Query) => new(
        new SequenceNode([
            Root(0, "shop", "{ products { __typename upc } cheap { __typename upc } }"),
            new ParallelNode([
                new FlattenNode(Path("products", "@"), names),
                new FlattenNode(Path("cheap", "@"), prices),
            ]),
        ]),
        QueryShape,
        kind);

    [Fact]
    public async Task Execute_Should_SendOneRequestWithAnAliasedEntitiesFieldPerFetch_When_ParallelEntityFetchesGoToOneSubgraph()
    {
        await using var shop = await StubSubgraph.StartAsync(_ => Shop);
        await using var catalog = await StubSubgraph.StartAsync(Catalog);

        var response = await ExecuteAsync(Plan(Names, Prices), shop, catalog);

        Assert.Equal(
            Normalize("""
                {"data":{"products":[{"upc":"1","name":"name 1"},{"upc":"2","name":"name 2"}],"cheap":[{"upc":"3","price":"price 3"}]}}
                """),
            response);
        var request = Assert.Single(catalog.Requests).RootElement;
        Assert.Equal(
            "query($r0: [_Any!]!, $r1: [_Any!]!) { _v0_: _entities(representations: $r0) { ... on Product { name } } _v1_: _entities(representations: $r1) { ... on Product { price } } }",
            request.GetProperty("query").GetString());
        Assert.False(request.TryGetProperty("operationName", out _));
        Assert.Equal(
            """{"r0":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}],"r1":[{"__typename":"Product","upc":"3"}]}""",
            request.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task Execute_Should_ReportEachErrorAtItsFetchsClientPath_When_TheMergedRequestAnswersErrors()
    {
        await using var shop = await StubSubgraph.StartAsync(_ => Shop);
        await using var catalog = await StubSubgraph.StartAsync(_ => """
            {"data":{"_v0_":[{"name":"name 1"},{"name":null}],"_v1_":[{"price":null}]},
             "errors":[
              {"message":"no price","path":["_v1_",0,"price"],"extensions":{"code":"PRICE"}},
              {"message":"no name","path":["_v0_",1,"name"]},
              {"message":"overall"}]}
            """);

        var response = await ExecuteAsync(Plan(Names, Prices), shop, catalog);

        Assert.Equal(
            Normalize("""
                {"data":{"products":[{"upc":"1","name":"name 1"},{"upc":"2","name":null}],"cheap":[{"upc":"3","price":null}]},
                 "errors":[
                  {"message":"overall","extensions":{"code":"DOWNSTREAM_SERVICE_ERROR","serviceName":"catalog"}},
                  {"message":"no name","path":["products",1,"name"],"extensions":{"code":"DOWNSTREAM_SERVICE_ERROR","serviceName":"catalog"}},
                  {"message":"no price","path":["cheap",0,"price"],"extensions":{"code":"PRICE","serviceName":"catalog"}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_SendTheOtherFetchExactlyAsAlone_When_AFetchHasNoRepresentations()
    {
        const string NoCheap = """{"data":{"products":[{"__typename":"Product","upc":"1"}],"cheap":[]}}""";
        await using var shop = await StubSubgraph.StartAsync(_ => NoCheap);
        await using var catalog = await StubSubgraph.StartAsync(Catalog);
        var alone = new QueryPlan(
            new SequenceNode([Root(0, "shop", "{ products { __typename upc } cheap { __typename upc } }"), new FlattenNode(Path("products", "@"), Names)]),
            QueryShape,
            OperationKind.Query);

        var merged = await ExecuteAsync(Plan(Names, Prices), shop, catalog);
        var single = await ExecuteAsync(alone, shop, catalog);

        Assert.Equal(Normalize("""{"data":{"products":[{"upc":"1","name":"name 1"}],"cheap":[]}}"""), merged);
        Assert.Equal(single, merged);
        var bodies = catalog.Requests.Select(r => r.RootElement.GetRawText()).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[1], bodies[0]);
        Assert.Equal(Names.Document, catalog.Requests.First().RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Execute_Should_ReportTheFailureOnceForEachMergedFetch_When_TheSubgraphCannotBeReached()
    {
        await using var shop = await StubSubgraph.StartAsync(_ => Shop);
        var closedPort = new Uri("http://127.0.0.1:9/graphql");
        using var clients = new SubgraphClients([KeyValuePair.Create("shop", shop.Url), KeyValuePair.Create("catalog", closedPort)], new SubgraphClientOptions());

        var response = await ExecuteAsync(Plan(Names, Prices), clients, variables: null);

        using var document = JsonDocument.Parse(response);
        Assert.Equal(
            Normalize("""{"products":[{"upc":"1","name":null},{"upc":"2","name":null}],"cheap":[{"upc":"3","price":null}]}"""),
            document.RootElement.GetProperty("data").GetRawText());
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error =>
        {
            Assert.False(error.TryGetProperty("path", out _));
            var extensions = error.GetProperty("extensions");
            Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
            Assert.Equal("SUBGRAPH_REQUEST_FAILED", extensions.GetProperty("reason").GetString());
            Assert.Equal("catalog", extensions.GetProperty("serviceName").GetString());
        });
    }

    [Fact]
    public async Task Execute_Should_DeclareClientVariablesOnceAndNameTheRequestAfterTheFirstFetch_When_MergedFetchesForwardVariables()
    {
        await using var shop = await StubSubgraph.StartAsync(_ => Shop);
        await using var catalog = await StubSubgraph.StartAsync(Catalog);
        // A client variable named r0 pushes the representations variables aside.
        var names = PlannedEntities(1, "catalog", "{ ... on Product { name(locale: $locale, style: $r0) } }", "Product", "upc", "Shop__catalog__1", ("locale", "$locale: String"), ("r0", "$r0: String = \"x\""));
        var prices = PlannedEntities(2, "catalog", "{ ... on Product { price(locale: $locale) } }", "Product", "upc", "Shop__catalog__2", ("locale", "$locale: String"));
        using var clients = new SubgraphClients([KeyValuePair.Create("shop", shop.Url), KeyValuePair.Create("catalog", catalog.Url)], new SubgraphClientOptions());
        using var variables = JsonDocument.Parse("""{"locale":"it","r0":"short","unused":1}""");

        var response = await ExecuteAsync(Plan(names, prices), clients, variables.RootElement);

        Assert.Equal(
            Normalize("""
                {"data":{"products":[{"upc":"1","name":"name 1"},{"upc":"2","name":"name 2"}],"cheap":[{"upc":"3","price":"price 3"}]}}
                """),
            response);
        var request = Assert.Single(catalog.Requests).RootElement;
        Assert.Equal(
            "query Shop__catalog__1($_r0: [_Any!]!, $_r1: [_Any!]!, $locale: String, $r0: String = \"x\") { "
            + "_v0_: _entities(representations: $_r0) { ... on Product { name(locale: $locale, style: $r0) } } "
            + "_v1_: _entities(representations: $_r1) { ... on Product { price(locale: $locale) } } }",
            request.GetProperty("query").GetString());
        Assert.Equal("Shop__catalog__1", request.GetProperty("operationName").GetString());
        Assert.Equal(
            """{"_r0":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}],"_r1":[{"__typename":"Product","upc":"3"}],"locale":"it","r0":"short"}""",
            request.GetProperty("variables").GetRawText());
    }

    [Fact]
    public async Task Execute_Should_SendEachEntityFetchApart_When_ThePlanIsAMutation()
    {
        await using var shop = await StubSubgraph.StartAsync(_ => Shop);
        await using var catalog = await StubSubgraph.StartAsync(Catalog);

        var response = await ExecuteAsync(Plan(Names, Prices, OperationKind.Mutation), shop, catalog);

        Assert.Equal(
            Normalize("""
                {"data":{"products":[{"upc":"1","name":"name 1"},{"upc":"2","name":"name 2"}],"cheap":[{"upc":"3","price":"price 3"}]}}
                """),
            response);
        Assert.Equal(2, catalog.Requests.Count);
        Assert.All(catalog.Requests, request => Assert.True(request.RootElement.GetProperty("variables").TryGetProperty("representations", out _)));
    }

    /// <summary>
    /// Answers every <c>_entities</c> field of the request, aliased (<c>$rN</c> or <c>$_rN</c> feed <c>_vN_</c>)
    /// or not, with a name and a price that name the representation's upc.
    /// </summary>
    private static string Catalog(JsonElement request)
    {
        var fields = new List<string>();
        foreach (var variable in request.GetProperty("variables").EnumerateObject().Where(v => v.Value.ValueKind == JsonValueKind.Array))
        {
            var field = variable.Name == "representations" ? "_entities" : $"_v{variable.Name.TrimStart('_', 'r')}_";
            var entities = variable.Value.EnumerateArray()
                .Select(representation => representation.GetProperty("upc").GetString())
                .Select(upc => $$"""{"name":"name {{upc}}","price":"price {{upc}}"}""");
            fields.Add($"\"{field}\":[{string.Join(",", entities)}]");
        }

        return "{\"data\":{" + string.Join(",", fields) + "}}";
    }

    private static async Task<string> ExecuteAsync(QueryPlan plan, StubSubgraph shop, StubSubgraph catalog)
    {
        using var clients = new SubgraphClients([KeyValuePair.Create("shop", shop.Url), KeyValuePair.Create("catalog", catalog.Url)], new SubgraphClientOptions());
        return await ExecuteAsync(plan, clients, variables: null);
    }

    private static async Task<string> ExecuteAsync(QueryPlan plan, SubgraphClients clients, JsonElement? variables)
    {
        using var output = await new PlanExecutor(clients).ExecuteAsync(plan, new ExecutionRequest(variables), CancellationToken.None);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
