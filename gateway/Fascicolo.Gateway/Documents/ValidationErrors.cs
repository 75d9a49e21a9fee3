using GraphQL;

namespace Fascicolo.Gateway.Documents;

/// <summary>Turns GraphQL.NET's errors into the gateway's, keeping message and locations and setting the code.</summary>
internal static class ValidationErrors
{
    public static GraphQLError From(ExecutionError error, string code) => new(
        error.Message,
        code,
        error.Locations is { Count: > 0 } locations ? [.. locations.Select(l => new ErrorLocation(l.Line, l.Column))] : null);
}
