using Microsoft.Net.Http.Headers;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The response media types of GraphQL over HTTP and the <c>Accept</c> negotiation between them
/// (https://graphql.github.io/graphql-over-http/draft/#sec-Accept).
/// </summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type: non-2xx status codes for requests that were not executed.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy media type: 200 for every well-formed request, executed or not.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type for the given <c>Accept</c> header values, or <see langword="null"/>
    /// when none is acceptable (406). An explicit <c>application/graphql-response+json</c> wins over an
    /// equally weighted <c>application/json</c>.
    /// </summary>
    /// <param name="accept">The request's <c>Accept</c> header values (may be empty).</param>
    /// <returns>The media type to respond with, or <see langword="null"/>.</returns>
    /// <remarks>
    /// DIVERGENCE: a missing <c>Accept</c> and bare wildcards (<c>*/*</c>, <c>application/*</c>) get
    /// <c>application/json</c>, not <c>application/graphql-response+json</c>: the spec's watershed rules
    /// allow it, and the <c>graphql-http</c> audit (47DE, 80D8) requires it to pass without warnings.
    /// Clients that want the new status codes ask for the new type explicitly, as our gateway does.
    /// </remarks>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }
        double? graphQL = null, json = null, wildcard = null;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var type = range.MediaType.Value ?? string.Empty;
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQL = Math.Max(graphQL ?? 0, quality);
            }
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json ?? 0, quality);
            }
            else if (type is "*/*" or "application/*")
            {
                wildcard = Math.Max(wildcard ?? 0, quality);
            }
        }
        if (graphQL > 0 && graphQL >= (json ?? 0))
        {
            return GraphQLResponse;
        }
        return json > 0 || wildcard > 0 ? Json : null;
    }
}
