using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// Content negotiation of GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/#sec-Accept):
/// the response media type from <c>Accept</c>, the request body's <c>Content-Type</c>, and whether a
/// browser asks for the GraphiQL page. The common headers are matched as plain strings first; only
/// unusual ones are parsed.
/// </summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The <c>Content-Type</c> header value to write for a format.</summary>
    public static string ContentType(ResponseFormat format) =>
        format == ResponseFormat.GraphQLResponse ? GraphQLResponseContentType : JsonContentType;

    /// <summary>
    /// The response format for an <c>Accept</c> header, or null when it allows neither (406). The
    /// GraphQL response type wins over an equally weighted <c>application/json</c>.
    /// </summary>
    /// <remarks>
    /// DIVERGENCE: a missing <c>Accept</c> and bare wildcards get <c>application/json</c>, as the subgraph
    /// kit does: the spec's watershed allows it and the graphql-http audit warns otherwise.
    /// </remarks>
    public static ResponseFormat? Negotiate(StringValues accept)
    {
        if (accept.Count == 0)
        {
            return ResponseFormat.Json;
        }

        if (accept.Count == 1)
        {
            var value = accept[0];
            if (string.IsNullOrWhiteSpace(value) || value == "*/*" || value.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseFormat.Json;
            }

            if (value.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseFormat.GraphQLResponse;
            }
        }

        return NegotiateParsed(accept);
    }

    /// <summary>Whether a GET comes from a browser that wants HTML more than any JSON type: it gets GraphiQL.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (!accept.Any(v => v?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        double html = 0, json = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html >= json;
    }

    /// <summary>Whether a POST body is <c>application/json</c> in UTF-8 (no charset means UTF-8).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        if (contentType.Equals(Json, StringComparison.OrdinalIgnoreCase) || contentType.Equals(JsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static ResponseFormat? NegotiateParsed(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        double graphQL = 0, json = 0, wildcard = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var type = range.MediaType;
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQL = Math.Max(graphQL, quality);
            }
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
            else if (type.Equals("*/*", StringComparison.Ordinal) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                wildcard = Math.Max(wildcard, quality);
            }
        }

        if (graphQL > 0 && graphQL >= json)
        {
            return ResponseFormat.GraphQLResponse;
        }

        return json > 0 || wildcard > 0 ? ResponseFormat.Json : null;
    }
}
