using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Http;

namespace Fascicolo.Gateway.TrustedDocuments;

/// <summary>Why a request's document is refused, and how to answer.</summary>
/// <param name="Error">The error.</param>
/// <param name="StatusCode">
/// An HTTP-level status (400 for a malformed reference, 503 for a store out of reach); null for a well-formed
/// request that is not executed (400 under <c>application/graphql-response+json</c>, 200 under <c>application/json</c>).
/// </param>
internal sealed record TrustedDocumentRefusal(GraphQLError Error, int? StatusCode = null)
{
    public Task WriteAsync(HttpContext context, ResponseFormat format) => StatusCode is { } status
        ? GraphQLResponses.WriteErrorsAsync(context, format, status, [Error])
        : GraphQLResponses.WriteNotExecutedAsync(context, format, [Error]);
}
