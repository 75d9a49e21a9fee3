namespace Fascicolo.Gateway;

/// <summary>
/// The <c>extensions.code</c> of the errors the gateway itself reports (the executor adds the
/// subgraph ones: <c>INTERNAL_SERVER_ERROR</c> for a failed fetch, with <c>extensions.reason</c> such as
/// <c>SUBGRAPH_REQUEST_FAILED</c>). Apollo's names where Apollo has one; the HTTP-level codes are the
/// subgraph kit's, so clients see one vocabulary.
/// </summary>
internal static class GatewayErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule of the GraphQL spec against the API schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable's value cannot be coerced to its declared type (or a required one is missing).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The request's parameters are missing or of the wrong type.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request body is not valid JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The request body is a JSON array: batching is not supported.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>No operation matches <c>operationName</c>, or several do and no name was given.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The operation type is not served (subscriptions), or the schema has no root type for it.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>The HTTP method is not allowed (another method than GET or POST, or a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The <c>Accept</c> header allows no media type the gateway writes.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A POST body is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request body is larger than <c>Gateway:MaxRequestBytes</c>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The planner could not plan a valid operation (a gateway bug or an unsatisfiable supergraph).</summary>
    public const string QueryPlanningFailed = "QUERY_PLANNING_FAILED";

    /// <summary>The supergraph is not loaded yet.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>The request carries a bearer token that is not valid (HTTP 401 with <c>WWW-Authenticate</c>).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>An unexpected failure; the details are in the logs only.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
