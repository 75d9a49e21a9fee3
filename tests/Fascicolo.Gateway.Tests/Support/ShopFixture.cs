using System.Text.Json;
using System.Text.Json.Nodes;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>
/// The shop supergraph served by the gateway over two stub subgraphs: <c>products</c> answers the
/// catalogue, <c>inventory</c> answers stock for every product representation it is sent.
/// </summary>
public sealed class ShopFixture : IAsyncLifetime
{
    private StubSubgraph? _products;
    private StubSubgraph? _inventory;
    private GatewayHost? _gateway;

    internal GatewayHost Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    internal StubSubgraph Products => _products ?? throw new InvalidOperationException("Not started.");

    internal StubSubgraph Inventory => _inventory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _products = await StubSubgraph.StartAsync(_ => Catalogue);
        _inventory = await StubSubgraph.StartAsync(Stock);
        _gateway = await GatewayHost.StartAsync(TestData.ShopSupergraph, new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:products"] = _products.Url.ToString(),
            ["Gateway:Subgraphs:inventory"] = _inventory.Url.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _gateway, _products, _inventory })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    /// <summary>The products subgraph's answer to any root fetch.</summary>
    internal const string Catalogue = """
        {"data":{"products":[
          {"__typename":"Product","id":"p1","name":"Chair","color":"RED"},
          {"__typename":"Product","id":"p2","name":"Table","color":"GREEN"}
        ]}}
        """;

    /// <summary>The inventory subgraph: 7 units of every product it is asked about.</summary>
    internal static string Stock(JsonElement request)
    {
        var entities = new JsonArray();
        foreach (var representation in request.GetProperty("variables").GetProperty("representations").EnumerateArray())
        {
            entities.Add(new JsonObject { ["__typename"] = "Product", ["id"] = representation.GetProperty("id").GetString(), ["inStock"] = 7 });
        }

        return new JsonObject { ["data"] = new JsonObject { ["_entities"] = entities } }.ToJsonString();
    }
}
