using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests;

public sealed class ExecutionTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task Query_Should_MergeBothSubgraphs_When_AFieldComesFromEach()
    {
        using var response = await shop.Gateway.QueryAsync("{ products { id name inStock } }");

        Assert.Equal(
            """{"data":{"products":[{"id":"p1","name":"Chair","inStock":7},{"id":"p2","name":"Table","inStock":7}]}}""",
            response.RootElement.GetRawText());
    }

    [Fact]
    public async Task Query_Should_ForwardTheVariablesItUses_When_ASubgraphNeedsThem()
    {
        using var response = await shop.Gateway.QueryAsync("query Catalogue($first: Int, $unused: String = \"x\") { products(first: $first) { id } search(text: $unused) { __typename } }", new { first = 1 });

        var fetch = shop.Products.Requests.Select(r => r.RootElement).Last(r => r.GetProperty("query").GetString()!.Contains("products(first: $first)", StringComparison.Ordinal));
        Assert.Equal(1, fetch.GetProperty("variables").GetProperty("first").GetInt32());
    }

    [Fact]
    public async Task Query_Should_PlanPerConditionValue_When_SkipAndIncludeUseVariables()
    {
        const string Query = "query($stock: Boolean!) { products { name inStock @include(if: $stock) } }";

        using var with = await shop.Gateway.QueryAsync(Query, new { stock = true });
        using var without = await shop.Gateway.QueryAsync(Query, new { stock = false });

        Assert.Equal("""{"data":{"products":[{"name":"Chair","inStock":7},{"name":"Table","inStock":7}]}}""", with.RootElement.GetRawText());
        Assert.Equal("""{"data":{"products":[{"name":"Chair"},{"name":"Table"}]}}""", without.RootElement.GetRawText());
    }

    [Fact]
    public async Task Query_Should_AnswerPartialDataWithTheRequestFailedReason_When_ASubgraphIsDown()
    {
        await using var products = await StubSubgraph.StartAsync(_ => ShopFixture.Catalogue);
        await using var gateway = await GatewayHost.StartAsync(TestData.ShopSupergraph, new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:products"] = products.Url.ToString(),
            ["Gateway:Subgraphs:inventory"] = $"http://127.0.0.1:{ClosedPort()}/graphql",
        });

        using var response = await gateway.PostAsync("{ products { name inStock } }");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""[{"name":"Chair","inStock":null},{"name":"Table","inStock":null}]""", body.RootElement.GetProperty("data").GetProperty("products").GetRawText());
        var extensions = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("SUBGRAPH_REQUEST_FAILED", extensions.GetProperty("reason").GetString());
        Assert.Equal("inventory", extensions.GetProperty("serviceName").GetString());
    }

    [Fact]
    public async Task Request_Should_CancelTheSubgraphCall_When_TheClientDisconnects()
    {
        await using var products = await StubSubgraph.StartAsync(_ => null);
        await using var gateway = await GatewayHost.StartAsync(TestData.ShopSupergraph, new Dictionary<string, string?>
        {
            ["Gateway:Subgraphs:products"] = products.Url.ToString(),
            ["Gateway:Subgraphs:inventory"] = products.Url.ToString(),
        });
        using var client = new CancellationTokenSource();

        var request = gateway.PostAsync("{ products { name } }", cancellationToken: client.Token);
        await products.RequestReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await products.RequestAborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>A port nothing listens on: bound once by us, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
