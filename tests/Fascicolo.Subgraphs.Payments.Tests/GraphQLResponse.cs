using System.Text.Json;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>Reads the parts of a GraphQL response the tests look at.</summary>
internal static class GraphQLResponse
{
    /// <summary>The <c>data</c> member; fails when the response has errors.</summary>
    public static JsonElement Data(this JsonDocument response)
    {
        var root = response.RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return root.GetProperty("data");
    }

    /// <summary>The only error of the response.</summary>
    public static JsonElement SingleError(this JsonDocument response)
    {
        Assert.True(response.RootElement.TryGetProperty("errors", out var errors), $"Expected an error: {response.RootElement}");
        return Assert.Single(errors.EnumerateArray());
    }

    /// <summary>An entry of the error's <c>extensions</c>, as a string.</summary>
    public static string? Extension(this JsonElement error, string name) =>
        error.GetProperty("extensions").TryGetProperty(name, out var value) ? value.ToString() : null;

    /// <summary>Whether the element is JSON <c>null</c>.</summary>
    public static bool IsNull(this JsonElement element) => element.ValueKind == JsonValueKind.Null;

    /// <summary>The cents of a <c>Money</c> member.</summary>
    public static long Cents(this JsonElement element, string name) => element.GetProperty(name).GetProperty("cents").GetInt64();
}
