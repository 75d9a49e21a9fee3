using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
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
