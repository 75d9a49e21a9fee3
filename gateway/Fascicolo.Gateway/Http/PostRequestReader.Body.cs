using System.Buffers;
using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.TrustedDocuments;

namespace Fascicolo.Gateway.Http;

// The body's JSON, read in one synchronous pass once the whole body is buffered.
internal static partial class PostRequestReader
{
    // Enough for any variables object a client sends; bounds the reader's work on hostile nesting.
    private static readonly JsonReaderOptions JsonOptions = new() { MaxDepth = 64 };

    internal static GraphQLHttpRequest Parse(ReadOnlySequence<byte> body, DocumentCache documents)
    {
        if (body.IsEmpty)
        {
            return GraphQLHttpRequest.BadRequest("The request body is empty.");
        }

        var json = new Utf8JsonReader(body, JsonOptions);
        PreparedDocument? document = null;
        string? operationName = null;
        (long Start, long Length)? variables = null;
        PersistedDocumentReference? persisted = null;
        try
        {
            json.Read();
            if (json.TokenType == JsonTokenType.StartArray)
            {
                return GraphQLHttpRequest.Rejected(new HttpRejection(
                    StatusCodes.Status400BadRequest,
                    GatewayErrorCodes.BatchingNotSupported,
                    "Batched requests (a JSON array) are not supported; send one request per POST."));
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                return GraphQLHttpRequest.BadRequest("The request body must be a JSON object.");
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueTextEquals("query"u8))
                {
                    json.Read();
                    if (json.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return GraphQLHttpRequest.BadRequest("The 'query' parameter must be a string.");
                    }

                    document = json.TokenType == JsonTokenType.String ? LookUp(ref json, documents) : null;
                }
                else if (json.ValueTextEquals("operationName"u8))
                {
                    json.Read();
                    if (json.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return GraphQLHttpRequest.BadRequest("The 'operationName' parameter must be a string or null.");
                    }

                    operationName = json.GetString() is { Length: > 0 } name ? name : null;
                }
                else if (json.ValueTextEquals("variables"u8))
                {
                    json.Read();
                    if (json.TokenType is not (JsonTokenType.StartObject or JsonTokenType.Null))
                    {
                        return GraphQLHttpRequest.BadRequest("The 'variables' parameter must be a JSON object or null.");
                    }

                    // Remember where the object is; parse it later only if the operation can use it.
                    var start = json.TokenStartIndex;
                    json.Skip();
                    variables = json.TokenType == JsonTokenType.EndObject ? (start, json.BytesConsumed - start) : null;
                }
                else if (json.ValueTextEquals("extensions"u8))
                {
                    json.Read();
                    if (json.TokenType is not (JsonTokenType.StartObject or JsonTokenType.Null))
                    {
                        return GraphQLHttpRequest.BadRequest("The 'extensions' parameter must be a JSON object or null.");
                    }

                    // Apollo's persisted queries travel here; other extensions are not used.
                    if (PersistedDocumentReference.ReadExtensions(ref json, out var apollo) is { } problem)
                    {
                        return GraphQLHttpRequest.BadRequest(problem);
                    }

                    persisted ??= apollo;
                }
                else if (json.ValueTextEquals("documentId"u8))
                {
                    json.Read();
                    if (json.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return GraphQLHttpRequest.BadRequest("The 'documentId' parameter must be a string.");
                    }

                    if (json.TokenType == JsonTokenType.String)
                    {
                        if (PersistedDocumentReference.TryParseDocumentId(json.GetString()!, out var reference) is { } problem)
                        {
                            return GraphQLHttpRequest.BadRequest(problem);
                        }

                        persisted = reference;
                    }
                }
                else
                {
                    json.Read();
                    json.Skip();
                }
            }

            // Nothing but white space may follow the object.
            if (json.Read())
            {
                throw new JsonException("Unexpected data after the request object.");
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return GraphQLHttpRequest.Rejected(new HttpRejection(
                StatusCodes.Status400BadRequest,
                GatewayErrorCodes.InvalidJson,
                $"The request body is not valid JSON: {exception.Message}"));
        }

        if (document is null && persisted is null)
        {
            return GraphQLHttpRequest.BadRequest("The 'query' parameter is required, unless a trusted document is named by 'documentId'.");
        }

        // Copied out of the request pipe: a JsonDocument parsed over the sequence would keep pointing at
        // pipe memory that Kestrel reuses for other requests once this body is consumed. A document known
        // only by its id may declare variables: they are kept until it is resolved.
        var parsedVariables = variables is { } range && (document is null || (document.HasVariables && document.ParseError is null))
            ? JsonDocument.Parse(body.Slice(range.Start, range.Length).ToArray())
            : null;
        return persisted is null
            ? GraphQLHttpRequest.Accepted(document!, operationName, parsedVariables, isGet: false)
            : GraphQLHttpRequest.Accepted(persisted, document, operationName, parsedVariables, isGet: false);
    }

    /// <summary>Decodes the current string token into pooled characters and looks the text up; null for an empty string.</summary>
    private static PreparedDocument? LookUp(ref Utf8JsonReader json, DocumentCache documents)
    {
        // UTF-8 never takes fewer bytes than UTF-16 code units, and escapes only shrink when decoded.
        var maxChars = json.HasValueSequence ? checked((int)json.ValueSequence.Length) : json.ValueSpan.Length;
        if (maxChars == 0)
        {
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(maxChars);
        try
        {
            var length = json.CopyString(chars);
            return length == 0 ? null : documents.GetOrAdd(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
