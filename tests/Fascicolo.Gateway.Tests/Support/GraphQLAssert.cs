using System.Net;
using System.Text.Json;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>Assertions on GraphQL responses.</summary>
internal static class GraphQLAssert
{
    /// <summary>Asserts the status and that the body is <c>{"errors":[…]}</c> without data, every error with <paramref name="code"/>; returns the first error.</summary>
    public static async Task<JsonElement> NotExecutedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("data", out _), $"A request that was not executed has no data: {body}");
        var errors = document.RootElement.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        foreach (var error in errors.EnumerateArray())
        {
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        }

        return errors[0].Clone();
    }
}
