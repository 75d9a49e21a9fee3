using System.IO.Pipelines;
using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// Reads a POST body (<c>{"query", "operationName", "variables", "extensions"}</c>) straight from the
/// request pipe with <see cref="System.Text.Json.Utf8JsonReader"/>: the query text is decoded into pooled characters and
/// looked up in the <see cref="DocumentCache"/> without creating a string; <c>variables</c> is parsed
/// only when the document declares variables.
/// </summary>
internal static partial class PostRequestReader
{
    // How much of a too-large body is read and dropped so the 413 reaches the client.
    private const long DrainAllowance = 1024 * 1024;

    public static async ValueTask<GraphQLHttpRequest> ReadAsync(HttpRequest request, DocumentCache documents, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
        {
            return GraphQLHttpRequest.Rejected(new HttpRejection(
                StatusCodes.Status415UnsupportedMediaType,
                GatewayErrorCodes.UnsupportedMediaType,
                "POST requests must have Content-Type: application/json (UTF-8)."));
        }

        var pipe = request.BodyReader;
        if (request.ContentLength > maxBytes)
        {
            await DrainAsync(pipe, 0, maxBytes, cancellationToken).ConfigureAwait(false);
            return TooLarge(maxBytes);
        }

        ReadResult read;
        while (true)
        {
            read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > maxBytes)
            {
                var drained = read.Buffer.Length;
                pipe.AdvanceTo(read.Buffer.End);
                await DrainAsync(pipe, drained, maxBytes, cancellationToken).ConfigureAwait(false);
                return TooLarge(maxBytes);
            }

            if (read.IsCompleted)
            {
                break;
            }

            // Keep everything buffered: the JSON is read in one pass once the body is complete.
            pipe.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return Parse(read.Buffer, documents);
        }
        finally
        {
            pipe.AdvanceTo(read.Buffer.End);
        }
    }

    /// <summary>
    /// Reads and drops the rest of a refused body, up to a bound: a socket closed with unread data is
    /// reset, and the reset can destroy the 413 before the client reads it. Past the bound the client
    /// is abusive and the connection is closed anyway (the 413 says <c>Connection: close</c>).
    /// </summary>
    private static async Task DrainAsync(PipeReader pipe, long drained, int maxBytes, CancellationToken cancellationToken)
    {
        var bound = (long)maxBytes + DrainAllowance;
        while (drained <= bound)
        {
            var read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            drained += read.Buffer.Length;
            pipe.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return;
            }
        }
    }

    private static GraphQLHttpRequest TooLarge(int maxBytes) => GraphQLHttpRequest.Rejected(new HttpRejection(
        StatusCodes.Status413PayloadTooLarge,
        GatewayErrorCodes.PayloadTooLarge,
        $"The request body is larger than {maxBytes} bytes (Gateway:MaxRequestBytes)."));
}
