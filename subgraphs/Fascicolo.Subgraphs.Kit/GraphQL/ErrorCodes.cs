namespace Fascicolo.Subgraphs.Kit;

/// <summary>The <c>extensions.code</c> values the kit itself produces.</summary>
public static class ErrorCodes
{
    /// <summary>A resolver failed unexpectedly; the details are in the logs only.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The HTTP request is not a valid GraphQL-over-HTTP request (missing or mistyped parameters).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request body is not valid JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The request body is a JSON array: batched requests are not supported.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The HTTP method is not allowed (e.g. a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>No acceptable response media type in the <c>Accept</c> header.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The request <c>Content-Type</c> is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request body is larger than the configured limit.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>A <c>FiscalCode</c> input is not a valid fiscal code; <c>extensions.reason</c> says why.</summary>
    public const string InvalidFiscalCode = "INVALID_FISCAL_CODE";

    /// <summary>The <c>first</c> argument of a connection is outside 1..100.</summary>
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";

    /// <summary>The <c>after</c> argument of a connection is not a cursor this field produced.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>
    /// The request carried no valid internal token from the gateway (HTTP 401): nothing was executed.
    /// Why it was refused is only logged.
    /// </summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller may not read this field; <c>extensions.reason</c> says why (see <see cref="AccessRefusalReasons"/>).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The personal-data reads of the request could not be written to the access log, so no data is returned (HTTP 503).</summary>
    public const string AuditUnavailable = "AUDIT_UNAVAILABLE";
}
