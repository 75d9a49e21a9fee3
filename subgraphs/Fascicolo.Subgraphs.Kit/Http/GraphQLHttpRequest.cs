using GraphQL;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>A well-formed GraphQL-over-HTTP request, read from a GET query string or a POST JSON body.</summary>
/// <param name="Query">The GraphQL document.</param>
/// <param name="OperationName">The operation to run, when the document has several.</param>
/// <param name="Variables">The variables, already converted to GraphQL.NET inputs.</param>
/// <param name="Extensions">The request extensions.</param>
/// <param name="IsGet">Whether the request came over GET (no mutations then).</param>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, bool IsGet);

/// <summary>Why a request was refused before GraphQL saw it: the status code and the coded error to send.</summary>
/// <param name="StatusCode">The HTTP status code (400, 405, 413, 415).</param>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">The error message.</param>
/// <param name="Allow">The <c>Allow</c> header of a 405.</param>
internal sealed record GraphQLHttpRejection(int StatusCode, string Code, string Message, string? Allow = null);
