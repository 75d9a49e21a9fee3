using GraphQL;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// An error meant for the client: its code lands in the response as
/// <c>extensions.code</c>, next to any extra <c>extensions</c> (e.g. <c>reason</c>).
/// Throw it from resolvers for expected failures; anything else thrown becomes a generic
/// <c>INTERNAL_SERVER_ERROR</c> whose details are only logged.
/// </summary>
public class CodedError : ExecutionError
{
    /// <summary>Creates an error with a stable <c>SCREAMING_CASE</c> code and a human message.</summary>
    /// <param name="code">The machine-readable code, e.g. <c>INVALID_CURSOR</c>.</param>
    /// <param name="message">The message shown to the client.</param>
    /// <param name="extensions">Extra entries for <c>extensions</c>, e.g. <c>reason</c>.</param>
    public CodedError(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        if (extensions is { Count: > 0 })
        {
            Extensions = new Dictionary<string, object?>(extensions);
        }
    }
}
