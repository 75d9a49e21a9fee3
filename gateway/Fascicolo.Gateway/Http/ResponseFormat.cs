namespace Fascicolo.Gateway.Http;

/// <summary>The two response media types of GraphQL over HTTP; they differ in the status codes of requests that were not executed.</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/json</c>: 200 for every well-formed request, executed or not.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: 4xx for requests that were not executed (parse, validation, variables).</summary>
    GraphQLResponse,
}
