using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Reads a GraphQL-over-HTTP request: POST with an <c>application/json</c> body, or GET with query
/// parameters. Every malformed request becomes a <see cref="GraphQLHttpRejection"/> with a code.
/// </summary>
internal sealed partial class GraphQLHttpRequestReader(IGraphQLSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    /// <summary>
    /// Reads the bytes the gateway's internal token is bound to, or says why the request is rejected
    /// before anyone looks at who sent it: for POST the exact raw body (after the media type and size
    /// checks), for GET the UTF-8 bytes of the raw query string, <c>?</c> included (empty when none).
    /// </summary>
    public async Task<(ReadOnlyMemory<byte> Signed, GraphQLHttpRejection? Rejection)> ReadSignedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return (Encoding.UTF8.GetBytes(request.QueryString.Value ?? string.Empty), null);
        }
        if (HttpMethods.IsPost(request.Method))
        {
            return await ReadPostBodyAsync(request, cancellationToken).ConfigureAwait(false);
        }
        return (default, new GraphQLHttpRejection(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, $"GraphQL requests use GET or POST, not {request.Method}.", "GET, POST"));
    }

    /// <summary>Parses the request read by <see cref="ReadSignedAsync"/> (its POST body is <paramref name="signed"/>), or says why it is rejected.</summary>
    public (GraphQLHttpRequest? Request, GraphQLHttpRejection? Rejection) Parse(HttpRequest request, ReadOnlyMemory<byte> signed) =>
        HttpMethods.IsGet(request.Method) ? ReadGet(request.Query) : ParsePost(signed);

    private (GraphQLHttpRequest?, GraphQLHttpRejection?) ReadGet(IQueryCollection parameters)
    {
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (parameters[name].Count > 1)
            {
                return BadRequest($"The '{name}' parameter is given more than once.");
            }
        }
        try
        {
            using var variables = ParseJsonParameter(parameters["variables"]);
            using var extensions = ParseJsonParameter(parameters["extensions"]);
            var query = parameters["query"].ToString();
            var operationName = parameters["operationName"].ToString();
            return Build(query, operationName.Length > 0 ? operationName : null, variables?.RootElement, extensions?.RootElement, isGet: true);
        }
        catch (JsonException exception)
        {
            return Reject(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, $"A JSON query parameter is not valid JSON: {exception.Message}");
        }
    }

    private (GraphQLHttpRequest?, GraphQLHttpRejection?) Build(string? query, string? operationName, JsonElement? variables, JsonElement? extensions, bool isGet)
    {
        if (string.IsNullOrEmpty(query))
        {
            return BadRequest("The 'query' parameter is required (persisted documents are not supported).");
        }
        if (variables is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
        {
            return BadRequest("The 'variables' parameter must be a JSON object or null.");
        }
        if (extensions is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
        {
            return BadRequest("The 'extensions' parameter must be a JSON object or null.");
        }
        return (new GraphQLHttpRequest(query, operationName, ToInputs(variables), ToInputs(extensions), isGet), null);
    }

    private Inputs? ToInputs(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? serializer.ReadNode<Inputs>(value) : null;

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonDocument? ParseJsonParameter(string? value) =>
        string.IsNullOrEmpty(value) ? null : JsonDocument.Parse(value);

    private static (GraphQLHttpRequest?, GraphQLHttpRejection?) BadRequest(string message) =>
        Reject(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static (GraphQLHttpRequest?, GraphQLHttpRejection?) Reject(int status, string code, string message, string? allow = null) =>
        (null, new GraphQLHttpRejection(status, code, message, allow));
}
