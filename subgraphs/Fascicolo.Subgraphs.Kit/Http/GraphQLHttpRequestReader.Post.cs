using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Fascicolo.Subgraphs.Kit;

// GraphQLHttpRequestReader: POST requests, a JSON body of bounded size.
internal sealed partial class GraphQLHttpRequestReader
{
    private const int ChunkSize = 16 * 1024;

    private async Task<(ReadOnlyMemory<byte>, GraphQLHttpRejection?)> ReadPostBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (default, new GraphQLHttpRejection(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "POST requests must have Content-Type: application/json (UTF-8)."));
        }
        var body = await ReadBodyAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        return body is null
            ? (default, new GraphQLHttpRejection(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {options.Value.MaxRequestBodyBytes} bytes."))
            : (body, null);
    }

    private (GraphQLHttpRequest?, GraphQLHttpRejection?) ParsePost(ReadOnlyMemory<byte> body)
    {
        if (body.Length == 0)
        {
            return BadRequest("The request body is empty.");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return Reject(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, $"The request body is not valid JSON: {exception.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return Reject(StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported, "Batched requests (a JSON array) are not supported; send one request per POST.");
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest("The request body must be a JSON object.");
            }
            var query = Property(root, "query");
            var operationName = Property(root, "operationName");
            if (query is { ValueKind: not JsonValueKind.String })
            {
                return BadRequest("The 'query' parameter must be a string.");
            }
            if (operationName is { ValueKind: not JsonValueKind.String })
            {
                return BadRequest("The 'operationName' parameter must be a string or null.");
            }
            return Build(query?.GetString(), operationName?.GetString(), Property(root, "variables"), Property(root, "extensions"), isGet: false);
        }
    }

    /// <summary>Reads the whole body, or returns <see langword="null"/> as soon as it exceeds <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
