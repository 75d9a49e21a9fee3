using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Kit.Tests;

/// <summary>A raw HTTP exchange with /graphql: status, content type, body.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];
}

/// <summary>Sends hand-made requests and checks the kit's response invariants.</summary>
public static class GraphQLResponses
{
    public static async Task<GraphQLHttpResponse> SendAsync(SubgraphTestHost host, HttpMethod method, string? body = null, string? contentType = "application/json", string? accept = null, string query = "")
    {
        using var request = new HttpRequestMessage(method, new Uri(host.GraphQLEndpoint + query));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await host.HttpClient.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, response);
    }

    public static Task<GraphQLHttpResponse> PostAsync(SubgraphTestHost host, object payload, string? accept = "application/graphql-response+json") =>
        SendAsync(host, HttpMethod.Post, JsonSerializer.Serialize(payload), accept: accept);

    /// <summary>POSTs <paramref name="payload"/> as <paramref name="caller"/> (null: with no token).</summary>
    public static async Task<GraphQLHttpResponse> PostAsAsync(SubgraphTestHost host, Caller? caller, object payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.GraphQLEndpoint) { Content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        SubgraphTestHost.SendAs(request, caller);
        return await ReadAsync(await host.HttpClient.SendAsync(request));
    }

    /// <summary>POSTs <paramref name="body"/> exactly, with <c>Authorization: <paramref name="authorization"/></c> (null: none).</summary>
    public static async Task<GraphQLHttpResponse> PostRawAsync(SubgraphTestHost host, string body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, host.GraphQLEndpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        if (authorization is null)
        {
            SubgraphTestHost.SendAs(request, null);
        }
        else
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await ReadAsync(await host.HttpClient.SendAsync(request));
    }

    private static async Task<GraphQLHttpResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response);

    /// <summary>Every error of the response carries extensions.code; returns the codes.</summary>
    public static IReadOnlyList<string> AssertAllErrorsCoded(JsonElement response)
    {
        var codes = new List<string>();
        if (!response.TryGetProperty("errors", out var errors))
        {
            return codes;
        }
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            Assert.False(string.IsNullOrEmpty(code), $"error without extensions.code: {error}");
            codes.Add(code);
        }
        return codes;
    }

    /// <summary>The single error of a response, checked for a code.</summary>
    public static JsonElement SingleError(JsonElement response)
    {
        AssertAllErrorsCoded(response);
        return Assert.Single(response.GetProperty("errors").EnumerateArray());
    }

    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;
}
