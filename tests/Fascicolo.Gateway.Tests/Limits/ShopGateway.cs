using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>
/// The shop supergraph over two counting stub subgraphs, with the settings a test asks for: the stubs'
/// request counts show whether anything reached a subgraph.
/// </summary>
internal sealed class ShopGateway : IAsyncDisposable
{
    private ShopGateway(StubSubgraph products, StubSubgraph inventory, GatewayHost gateway)
    {
        Products = products;
        Inventory = inventory;
        Gateway = gateway;
    }

    public StubSubgraph Products { get; }

    public StubSubgraph Inventory { get; }

    public GatewayHost Gateway { get; }

    /// <summary>Requests received by either subgraph so far.</summary>
    public int SubgraphRequests => Products.Requests.Count + Inventory.Requests.Count;

    public static async Task<ShopGateway> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var products = await StubSubgraph.StartAsync(_ => ShopFixture.Catalogue);
        var inventory = await StubSubgraph.StartAsync(ShopFixture.Stock);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Gateway:Subgraphs:products"] = products.Url.ToString(),
            ["Gateway:Subgraphs:inventory"] = inventory.Url.ToString(),
        };
        return new ShopGateway(products, inventory, await GatewayHost.StartAsync(TestData.ShopSupergraph, all));
    }

    /// <summary>POSTs a JSON body with optional headers and reads the answer, whatever its status.</summary>
    public async Task<Answer> PostAsync(object body, IReadOnlyDictionary<string, string>? headers = null, string accept = GatewayHost.GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Gateway.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Gateway.Client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }

    /// <summary>POSTs a query with optional headers.</summary>
    public Task<Answer> QueryAsync(string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null) =>
        PostAsync(new { query, variables }, headers);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Products.DisposeAsync();
        await Inventory.DisposeAsync();
    }
}

/// <summary>A gateway answer: status, headers and the parsed body.</summary>
internal sealed record Answer(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Body)
{
    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string> Codes => Body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    /// <summary>The message of every error, in order.</summary>
    public IReadOnlyList<string> Messages => Body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!)]
        : [];

    /// <summary>Whether the body has a <c>data</c> entry (an executed operation).</summary>
    public bool HasData => Body.TryGetProperty("data", out _);

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new Answer(response.StatusCode, response.Headers, document.RootElement.Clone());
    }

    public override string ToString() => $"{(int)Status} {Body.GetRawText()}";
}
