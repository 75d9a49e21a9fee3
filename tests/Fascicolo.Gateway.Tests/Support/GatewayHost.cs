using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>The gateway on real Kestrel at a free 127.0.0.1 port, built by <see cref="GatewayApplication.Build"/> as <c>Program</c> builds it.</summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The header stating why data is read.</summary>
    public const string PurposeHeader = "Fascicolo-Purpose";

    private GatewayHost(WebApplication app)
    {
        App = app;
        BaseAddress = new Uri(app.Urls.First());
        GraphQLEndpoint = new Uri(BaseAddress, "/graphql");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the gateway on <paramref name="supergraph"/> with extra settings (e.g. <c>Gateway:Subgraphs:products</c>).</summary>
    /// <param name="supergraph">The supergraph file.</param>
    /// <param name="settings">Extra configuration.</param>
    /// <param name="token">A bearer token <see cref="Client"/> sends with every request, if any.</param>
    /// <param name="purpose">A <c>Fascicolo-Purpose</c> <see cref="Client"/> sends with every request, if any.</param>
    public static async Task<GatewayHost> StartAsync(string supergraph, IReadOnlyDictionary<string, string?>? settings = null, string? token = null, string? purpose = null)
    {
        var app = GatewayApplication.Build(["--supergraph", supergraph], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                // Tests read assertions, not logs.
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                // Tests run in the Production environment, where anonymous introspection is off by default;
                // the suites introspect without a token (IntrospectionPolicyTests set it back to off).
                ["Gateway:Introspection:anonymous"] = "true",
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }
        });
        await app.StartAsync();
        var host = new GatewayHost(app);
        if (token is not null)
        {
            host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (purpose is not null)
        {
            host.Client.DefaultRequestHeaders.Add(PurposeHeader, purpose);
        }

        return host;
    }

    /// <summary>POSTs a query with its own <c>Authorization</c> (a bearer <paramref name="token"/>, or the raw <paramref name="authorization"/>) and purpose.</summary>
    public async Task<HttpResponseMessage> PostAsAsync(string? token, string query, object? variables = null, string? purpose = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        if ((authorization ?? (token is null ? null : "Bearer " + token)) is { } value)
        {
            request.Headers.TryAddWithoutValidation("Authorization", value);
        }

        if (purpose is not null)
        {
            request.Headers.TryAddWithoutValidation(PurposeHeader, purpose);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>POSTs a query as <see cref="PostAsAsync"/> does and parses the response body, whatever its status.</summary>
    public async Task<JsonDocument> QueryAsAsync(string? token, string query, object? variables = null, string? purpose = null)
    {
        using var response = await PostAsAsync(token, query, variables, purpose);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs a GraphQL request as JSON.</summary>
    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = GraphQLResponse, string? operationName = null, CancellationToken cancellationToken = default) =>
        PostRawAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept, cancellationToken: cancellationToken);

    /// <summary>POSTs a raw body.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string? accept = GraphQLResponse, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    /// <summary>POSTs a query and parses the response body, whatever its status.</summary>
    public async Task<JsonDocument> QueryAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await PostAsync(query, variables, operationName: operationName);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
