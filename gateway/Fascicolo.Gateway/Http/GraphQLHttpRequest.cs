using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.TrustedDocuments;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// A GraphQL-over-HTTP request as read from a POST body or a GET query string: its cached document
/// (looked up while reading), the operation name and the variables, or why it is rejected.
/// </summary>
internal sealed class GraphQLHttpRequest : IDisposable
{
    private GraphQLHttpRequest(PreparedDocument? document, string? operationName, JsonDocument? variables, bool isGet, HttpRejection? rejection, PersistedDocumentReference? persisted = null)
    {
        Document = document;
        OperationName = operationName;
        Variables = variables;
        IsGet = isGet;
        Rejection = rejection;
        Persisted = persisted;
    }

    /// <summary>
    /// The document; null when <see cref="Rejection"/> is set, and until the trusted documents resolve
    /// <see cref="Persisted"/> when the request sent only a document id.
    /// </summary>
    public PreparedDocument? Document { get; private set; }

    /// <summary>The stored document the request names (<c>documentId</c> or Apollo's <c>persistedQuery</c>); null when it names none.</summary>
    public PersistedDocumentReference? Persisted { get; }

    /// <summary>The operation to run, when the request names one.</summary>
    public string? OperationName { get; }

    /// <summary>
    /// The <c>variables</c> object, parsed only when the document declares variables (otherwise nothing
    /// reads it); null when absent or null.
    /// </summary>
    public JsonDocument? Variables { get; }

    /// <summary>Whether it came over GET (queries only).</summary>
    public bool IsGet { get; }

    /// <summary>Why the request is refused before GraphQL sees it; null when it is well formed.</summary>
    public HttpRejection? Rejection { get; }

    public static GraphQLHttpRequest Accepted(PreparedDocument document, string? operationName, JsonDocument? variables, bool isGet) =>
        new(document, operationName, variables, isGet, null);

    /// <summary>A request naming a stored document, with or without its text.</summary>
    public static GraphQLHttpRequest Accepted(PersistedDocumentReference persisted, PreparedDocument? document, string? operationName, JsonDocument? variables, bool isGet) =>
        new(document, operationName, variables, isGet, null, persisted);

    /// <summary>Sets the document a <see cref="Persisted"/> reference resolved to.</summary>
    public void UseDocument(PreparedDocument document) => Document = document;

    public static GraphQLHttpRequest Rejected(HttpRejection rejection) => new(null, null, null, false, rejection);

    public static GraphQLHttpRequest BadRequest(string message) =>
        Rejected(new HttpRejection(StatusCodes.Status400BadRequest, GatewayErrorCodes.BadRequest, message));

    public void Dispose() => Variables?.Dispose();
}

/// <summary>A request refused at the HTTP level: the status, the error's code and message, and the <c>Allow</c> header of a 405.</summary>
internal sealed record HttpRejection(int StatusCode, string Code, string Message, string? Allow = null);
