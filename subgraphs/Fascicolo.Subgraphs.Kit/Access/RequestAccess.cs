using Fascicolo.Gateway.Trust;
using GraphQL;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The access state of one request, carried in <see cref="ExecutionOptions.UserContext"/>: the caller
/// the internal token named (<see cref="AccessExtensions.GetCaller"/> reads it) and the ledger of the
/// personal reads it was allowed.
/// </summary>
internal static class RequestAccess
{
    /// <summary>The user context of a request by <paramref name="caller"/>, recording into <paramref name="ledger"/>.</summary>
    public static Dictionary<string, object?> CreateUserContext(Caller caller, PersonalReadLedger ledger) => new(StringComparer.Ordinal)
    {
        [AccessExtensions.CallerKey] = caller,
        [AccessExtensions.LedgerKey] = ledger,
    };

    /// <summary>
    /// The caller and ledger of the request being executed. A document executed outside the kit's endpoint
    /// (no caller) counts as anonymous: it never gets personal data.
    /// </summary>
    public static (Caller Caller, PersonalReadLedger? Ledger) Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(AccessExtensions.CallerKey, out var value) && value is Caller caller
            ? (caller, context.UserContext.TryGetValue(AccessExtensions.LedgerKey, out var ledger) ? ledger as PersonalReadLedger : null)
            : (Caller.Anonymous(string.Empty), null);
}
