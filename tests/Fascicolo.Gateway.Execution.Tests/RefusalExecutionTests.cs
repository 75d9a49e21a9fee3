using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;
using Fascicolo.Testing;
using GraphQLParser;
using static Fascicolo.Gateway.Execution.Tests.PlanBuilder;

namespace Fascicolo.Gateway.Execution.Tests;

/// <summary>
/// Refused fields: null and one error at each concrete path (list indices, aliases), null propagation
/// as for any missing non-null value, errors in document order with the subgraphs' own.
/// </summary>
public sealed class RefusalExecutionTests
{
    private const string ThreeProducts = """
        {"data":{"topProducts":[
          {"__typename":"Product","upc":"1","name":"Table"},
          {"__typename":"Product","upc":"2","name":"Couch"},
          {"__typename":"Product","upc":"3","name":"Chair"}]}}
        """;

    private const string Refusal = """{"code":"FORBIDDEN","reason":"TEST"}""";

    private static QueryPlan ProductsPlan(params ShapeField[] productFields) => new(
        Root(0, "products", "{ topProducts { __typename upc name } }"),
        Shape("Query", Object("topProducts", ListOf(Named("Product")), Shape("Product", productFields))),
        OperationKind.Query);

    [Fact]
    public async Task Execute_Should_WriteNullAndOneErrorPerItemAndAlias_When_ARefusedFieldIsInAList()
    {
        await using var products = await StubSubgraph.StartAsync(_ => ThreeProducts);
        var plan = ProductsPlan(Leaf("upc", nonNull: true), Refused(Leaf("secret")), Refused(Leaf("other", name: "secret")), Leaf("name"));

        var response = await ExecuteAsync(plan, ("products", products.Url));

        Assert.Equal(
            Normalize($$"""
                {"data":{"topProducts":[
                  {"upc":"1","secret":null,"other":null,"name":"Table"},
                  {"upc":"2","secret":null,"other":null,"name":"Couch"},
                  {"upc":"3","secret":null,"other":null,"name":"Chair"}]},
                 "errors":[
                  {"message":"Not for you.","path":["topProducts",0,"secret"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",0,"other"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",1,"secret"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",1,"other"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",2,"secret"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",2,"other"],"extensions":{{Refusal}}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_NullTheNearestNullableParent_When_ARefusedFieldIsNonNull()
    {
        await using var products = await StubSubgraph.StartAsync(_ => ThreeProducts);
        var plan = ProductsPlan(Leaf("upc", nonNull: true), Refused(Leaf("secret", nonNull: true)));

        var response = await ExecuteAsync(plan, ("products", products.Url));

        // The refusal is the error at the field's path: no NON_NULL_VIOLATION besides it.
        Assert.Equal(
            Normalize($$"""
                {"data":{"topProducts":[null,null,null]},
                 "errors":[
                  {"message":"Not for you.","path":["topProducts",0,"secret"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",1,"secret"],"extensions":{{Refusal}}},
                  {"message":"Not for you.","path":["topProducts",2,"secret"],"extensions":{{Refusal}}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_PropagateThroughNonNullLevels_When_TheRefusedFieldIsDeep()
    {
        await using var accounts = await StubSubgraph.StartAsync(_ => """{"data":{"me":{"profile":{"nick":"ada"}},"other":1}}""");
        var plan = new QueryPlan(
            Root(0, "accounts", "{ me { profile { nick } } other }"),
            Shape(
                "Query",
                Object("me", Named("User"), Shape("User", Object("profile", Named("Profile", nonNull: true), Shape("Profile", Leaf("nick"), Refused(Leaf("secret", nonNull: true)))))),
                Leaf("other", "Int")),
            OperationKind.Query);

        var response = await ExecuteAsync(plan, ("accounts", accounts.Url));

        Assert.Equal(
            Normalize($$"""{"data":{"me":null,"other":1},"errors":[{"message":"Not for you.","path":["me","profile","secret"],"extensions":{{Refusal}}}]}"""),
            response);
    }

    [Fact]
    public async Task Execute_Should_NullData_When_ANonNullRootFieldIsRefused()
    {
        var plan = new QueryPlan(null, Shape("Query", Leaf("__typename"), Refused(Object("me", Named("User", nonNull: true), Shape("User", Leaf("name"))))), OperationKind.Query);

        var response = await ExecuteAsync(plan);

        Assert.Equal(Normalize($$"""{"data":null,"errors":[{"message":"Not for you.","path":["me"],"extensions":{{Refusal}}}]}"""), response);
    }

    [Fact]
    public async Task Execute_Should_RefuseOnlyForTheRuntimeTypeThatRefuses_When_ThePositionIsAbstract()
    {
        await using var search = await StubSubgraph.StartAsync(_ => """
            {"data":{"search":[{"__typename":"Book","pages":3},{"__typename":"Film","title":"F"}]}}
            """);
        var byType = new Dictionary<string, IReadOnlyList<ShapeField>>
        {
            ["Book"] = [Leaf("__typename"), Refused(Leaf("title")), Leaf("pages", "Int")],
            ["Film"] = [Leaf("__typename"), Leaf("title")],
        };
        var plan = new QueryPlan(
            Root(0, "search", "{ search { __typename ... on Book { pages } ... on Film { title } } }"),
            Shape("Query", Object("search", ListOf(Named("Media")), AbstractShape("Media", byType))),
            OperationKind.Query);

        var response = await ExecuteAsync(plan, ("search", search.Url));

        Assert.Equal(
            Normalize($$"""
                {"data":{"search":[{"__typename":"Book","title":null,"pages":3},{"__typename":"Film","title":"F"}]},
                 "errors":[{"message":"Not for you.","path":["search",0,"title"],"extensions":{{Refusal}}}]}
                """),
            response);
    }

    [Fact]
    public async Task Execute_Should_WriteErrorsInDocumentOrder_When_SubgraphAndRefusalErrorsMix()
    {
        await using var products = await StubSubgraph.StartAsync(_ => ThreeProducts);
        await using var reviews = await StubSubgraph.StartAsync(_ => """
            {"data":{"_entities":[{"reviews":[]},{"reviews":null},{"reviews":[]}]},
             "errors":[{"message":"reviews down","path":["_entities",1,"reviews"],"extensions":{"code":"DOWN"}}]}
            """);
        var plan = ProductsPlan(Refused(Leaf("secret")), Object("reviews", ListOf(Named("Review")), Shape("Review", Leaf("body")))) with
        {
            Root = new SequenceNode([
                Root(0, "products", "{ topProducts { __typename upc } }"),
                new FlattenNode(Path("topProducts", "@"), Entities(1, "reviews", "query($representations:[_Any!]!){_entities(representations:$representations){...on Product{reviews{body}}}}", "Product", "upc")),
            ]),
        };

        var response = await ExecuteAsync(plan, ("products", products.Url), ("reviews", reviews.Url));

        using var document = JsonDocument.Parse(response);
        var paths = document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetRawText());
        Assert.Equal(
            ["""["topProducts",0,"secret"]""", """["topProducts",1,"secret"]""", """["topProducts",1,"reviews"]""", """["topProducts",2,"secret"]"""],
            paths);
    }

    [Fact]
    public async Task Execute_Should_NeverAskTheSubgraphForTheRefusedField_When_ThePlannerPlannedWithRefusals()
    {
        var supergraph = SupergraphReader.Read("""
            schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
            enum join__Graph {
              ACCOUNTS @join__graph(name: "accounts", url: "http://accounts")
              REVIEWS @join__graph(name: "reviews", url: "http://reviews")
            }
            type Query @join__type(graph: ACCOUNTS) @join__type(graph: REVIEWS) {
              me: User @join__field(graph: ACCOUNTS)
            }
            type User @join__type(graph: ACCOUNTS, key: "id") @join__type(graph: REVIEWS, key: "id") {
              id: ID!
              name: String @join__field(graph: ACCOUNTS)
              reviews: [Review!]! @join__field(graph: REVIEWS)
            }
            type Review @join__type(graph: REVIEWS) {
              body: String
            }
            """);
        var refusals = FieldRefusals.Create(["User.reviews"], new FieldRefusal("Not for you.", "FORBIDDEN", "TEST"));
        var plan = new QueryPlanner(supergraph).Plan(Parser.Parse("{ me { name reviews { body } } }"), null, new HashSet<string>(), refusals);
        await using var accounts = await StubSubgraph.StartAsync(_ => """{"data":{"me":{"name":"Ada"}}}""");
        await using var reviews = await StubSubgraph.StartAsync(_ => """{"data":{"_entities":[{"reviews":[{"body":"leaked"}]}]}}""");

        var response = await ExecuteAsync(plan, ("accounts", accounts.Url), ("reviews", reviews.Url));

        // reviews is non-null: me, the nearest nullable parent, becomes null.
        Assert.Equal(Normalize($$"""{"data":{"me":null},"errors":[{"message":"Not for you.","path":["me","reviews"],"extensions":{{Refusal}}}]}"""), response);
        Assert.Empty(reviews.Requests);
        Assert.Equal("{ me { name } }", Assert.Single(accounts.Requests).RootElement.GetProperty("query").GetString());
    }

    private static async Task<string> ExecuteAsync(QueryPlan plan, params (string Name, Uri Url)[] subgraphs)
    {
        using var clients = new SubgraphClients(subgraphs.Select(s => KeyValuePair.Create(s.Name, s.Url)), new SubgraphClientOptions());
        using var output = await new PlanExecutor(clients).ExecuteAsync(plan, new ExecutionRequest(null), CancellationToken.None);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
