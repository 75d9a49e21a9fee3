namespace Fascicolo.Gateway.Documents;

/// <summary>An error the gateway reports before (or instead of) execution, written as a GraphQL error with <c>extensions.code</c>.</summary>
/// <param name="Message">The message for the client.</param>
/// <param name="Code">The <c>extensions.code</c> (see <see cref="GatewayErrorCodes"/>).</param>
/// <param name="Locations">Where in the document, when known.</param>
internal sealed record GraphQLError(string Message, string Code, IReadOnlyList<ErrorLocation>? Locations = null);

/// <summary>A 1-based line and column in the document.</summary>
internal readonly record struct ErrorLocation(int Line, int Column);
