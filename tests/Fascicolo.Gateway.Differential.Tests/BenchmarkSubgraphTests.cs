using System.Text.Json.Nodes;
using Fascicolo.Gateway.Benchmarks.Lab;
using Fascicolo.Gateway.Differential.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Differential.Tests;

/// <summary>Smoke tests of the benchmark graph's subgraphs, each a running process: their SDL contract and <c>_entities</c>.</summary>
[Collection(GatewayLabDefinition.Name)]
public sealed class BenchmarkSubgraphTests(GatewayLabFixture lab)
{
    private const string UpdateVariable = "FASCICOLO_UPDATE_SCHEMA";

    public static TheoryData<string> Names { get; } = [.. Subgraph.BenchmarkNames];

    /// <summary>One <c>_entities</c> call per subgraph, with the answer the fixed data must give.</summary>
    public static TheoryData<string, string, string, string> Entities { get; } = new()
    {
        { "accounts", """[{ "__typename": "User", "id": "2" }]""", "... on User { id name username birthday }", """[{"id":"2","name":"Alan Turing","username":"@complete","birthday":"1912-06-23"}]""" },
        { "products", """[{ "__typename": "Product", "upc": "3" }]""", "... on Product { upc name price weight }", """[{"upc":"3","name":"Chair","price":54,"weight":50}]""" },
        // @requires: the estimate is computed from the price and weight in the representation, not from any data of inventory's.
        { "inventory", """[{ "__typename": "Product", "upc": "2", "price": 1299, "weight": 1000 }, { "__typename": "Product", "upc": "3", "price": 54, "weight": 50 }]""", "... on Product { upc inStock shippingEstimate }", """[{"upc":"2","inStock":false,"shippingEstimate":0},{"upc":"3","inStock":true,"shippingEstimate":25}]""" },
        { "reviews", """[{ "__typename": "Product", "upc": "8" }, { "__typename": "User", "id": "6" }, { "__typename": "Review", "id": "22" }]""", "... on Product { reviews { id } } ... on User { reviews { id } } ... on Review { author { id username } product { upc } }", """[{"reviews":[{"id":"22"},{"id":"23"},{"id":"24"}]},{"reviews":[]},{"author":{"id":"2","username":"@complete"},"product":{"upc":"8"}}]""" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Subgraph_Should_ServeItsCheckedInSdl_When_AskedForItsService(string subgraph)
    {
        var response = await GraphQLClient.PostAsync(lab.Subgraphs[subgraph].Endpoint, GraphQLClient.Body("{ _service { sdl } }"), CancellationToken.None);
        var sdl = response.Body?["data"]?["_service"]?["sdl"]?.GetValue<string>();
        Assert.NotNull(sdl);
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "Fascicolo.Gateway.BenchmarkGraph", "Schemas", subgraph + ".graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, sdl);
        }
        Assert.True(File.Exists(path) && await File.ReadAllTextAsync(path) == sdl, $"{path} differs from what {subgraph} serves; regenerate with {UpdateVariable}=1 and review the diff.");
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public async Task Subgraph_Should_ResolveEachRepresentation_When_AskedForEntities(string subgraph, string representations, string selection, string expected)
    {
        var query = $"query ($representations: [_Any!]!) {{ _entities(representations: $representations) {{ {selection} }} }}";
        var variables = new JsonObject { ["representations"] = JsonNode.Parse(representations) };
        var response = await GraphQLClient.PostAsync(lab.Subgraphs[subgraph].Endpoint, GraphQLClient.Body(query, variables), CancellationToken.None);

        Assert.False(response.HasErrors, response.Text);
        Assert.Equal(expected, response.Body?["data"]?["_entities"]?.ToJsonString());
    }
}
