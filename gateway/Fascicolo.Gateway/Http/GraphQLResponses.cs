using System.Text.Encodings.Web;
using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Execution.Transport;

namespace Fascicolo.Gateway.Http;

/// <summary>Writes responses to the response pipe: the executor's buffer as is, or <c>{"errors":[…]}</c> for requests that were not executed.</summary>
internal static class GraphQLResponses
{
    // The body is JSON, never HTML: quotes and apostrophes in messages need no \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Copies an executed operation's response body (always 200) to the client.</summary>
    public static async Task WriteResultAsync(HttpContext context, ResponseFormat format, PooledBufferWriter body)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.ContentType(format);
        response.ContentLength = body.WrittenCount;
        await response.BodyWriter.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Errors of a request that was well formed but not executed (syntax, validation, variables,
    /// operation selection): 400 under <c>application/graphql-response+json</c>, 200 under <c>application/json</c>.
    /// </summary>
    public static Task WriteNotExecutedAsync(HttpContext context, ResponseFormat format, IReadOnlyList<GraphQLError> errors) =>
        WriteErrorsAsync(context, format, format == ResponseFormat.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, errors);

    /// <summary>A request refused at the HTTP level, with its own status (and <c>Allow</c> header for a 405).</summary>
    public static Task WriteRejectionAsync(HttpContext context, ResponseFormat format, HttpRejection rejection)
    {
        if (rejection.Allow is not null)
        {
            context.Response.Headers.Allow = rejection.Allow;
        }

        if (rejection.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of a body that large is not read: the connection cannot be reused.
            context.Response.Headers.Connection = "close";
        }

        return WriteErrorsAsync(context, format, rejection.StatusCode, [new GraphQLError(rejection.Message, rejection.Code)]);
    }

    /// <summary>Writes <c>{"errors":[…]}</c> (no <c>data</c>: nothing was executed) with the given status.</summary>
    public static async Task WriteErrorsAsync(HttpContext context, ResponseFormat format, int statusCode, IReadOnlyList<GraphQLError> errors)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypes.ContentType(format);
        var pipe = response.BodyWriter;
        using (var json = new Utf8JsonWriter(pipe, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors"u8);
            foreach (var error in errors)
            {
                Write(json, error);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await pipe.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter json, GraphQLError error)
    {
        json.WriteStartObject();
        json.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            json.WriteStartArray("locations"u8);
            foreach (var location in locations)
            {
                json.WriteStartObject();
                json.WriteNumber("line"u8, location.Line);
                json.WriteNumber("column"u8, location.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("extensions"u8);
        json.WriteString("code"u8, error.Code);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
