using System.Text.Json;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>What came back for a request: the status, the headers that matter and the body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="RequestId">The request id the response names (<c>X-Request-Id</c>), or the caller's id for a token signed straight to a subgraph.</param>
/// <param name="Challenge">The <c>WWW-Authenticate</c> header, if any.</param>
/// <param name="Text">The body as received.</param>
internal sealed record HostileResponse(int Status, string? RequestId, string? Challenge, string Text)
{
    private readonly Lazy<JsonElement?> _json = new(() => Parse(Text));

    /// <summary>The body as JSON; null when it is not JSON.</summary>
    public JsonElement? Json => _json.Value;

    /// <summary>The <c>data</c> member when it is an object.</summary>
    public JsonElement? Data => Json is { } json && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;

    /// <summary>The errors: code, reason and path of each.</summary>
    public IReadOnlyList<ResponseError> Errors => Json is { } json && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
        ? [.. errors.EnumerateArray().Select(ResponseError.Read)]
        : [];

    private static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One error of a response.</summary>
/// <param name="Code"><c>extensions.code</c>.</param>
/// <param name="Reason"><c>extensions.reason</c>.</param>
/// <param name="Path">The path, when any (names and list indices).</param>
internal sealed record ResponseError(string? Code, string? Reason, IReadOnlyList<JsonElement>? Path)
{
    public static ResponseError Read(JsonElement error)
    {
        var extensions = error.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new ResponseError(
            Member(extensions, "code"),
            Member(extensions, "reason"),
            error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array ? [.. path.EnumerateArray()] : null);
    }

    /// <summary>The path as text, e.g. <c>citizen.vehicles.0.plate</c>.</summary>
    public string PathText => Path is null ? "(none)" : string.Join('.', Path.Select(p => p.ToString()));

    private static string? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
