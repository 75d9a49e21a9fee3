using System.Text.Json;

namespace Fascicolo.Testing;

/// <summary>Reads the parts of a GraphQL response the tests look at.</summary>
public static class GraphQLResponseParts
{
    /// <summary>The <c>data</c> member; fails when the response has errors.</summary>
    /// <param name="response">The response body.</param>
    /// <returns>The data.</returns>
    public static JsonElement Data(this JsonDocument response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var root = response.RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return root.GetProperty("data");
    }

    /// <summary>The errors of the response; fails when there are none.</summary>
    /// <param name="response">The response body.</param>
    /// <returns>The errors, in order.</returns>
    public static IReadOnlyList<JsonElement> Errors(this JsonDocument response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.RootElement.TryGetProperty("errors", out var errors), $"Expected an error: {response.RootElement}");
        return [.. errors.EnumerateArray()];
    }

    /// <summary>The only error of the response.</summary>
    /// <param name="response">The response body.</param>
    /// <returns>The error.</returns>
    public static JsonElement SingleError(this JsonDocument response) => Assert.Single(response.Errors());

    /// <summary>An entry of the error's <c>extensions</c>, as a string; null when absent.</summary>
    /// <param name="error">The error.</param>
    /// <param name="name">The entry, e.g. <c>code</c>.</param>
    /// <returns>The entry's text.</returns>
    public static string? Extension(this JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.ToString() : null;

    /// <summary>Whether the element is JSON <c>null</c>.</summary>
    /// <param name="element">The element.</param>
    /// <returns>True for null.</returns>
    public static bool IsNull(this JsonElement element) => element.ValueKind == JsonValueKind.Null;

    /// <summary>The cents of a <c>Money</c> member.</summary>
    /// <param name="element">The object holding the member.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The cents.</returns>
    public static long Cents(this JsonElement element, string name) => element.GetProperty(name).GetProperty("cents").GetInt64();
}
