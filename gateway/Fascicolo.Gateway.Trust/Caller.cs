namespace Fascicolo.Gateway.Trust;

/// <summary>
/// Who is calling, as the gateway established it and forwards it to subgraphs in the internal token.
/// </summary>
/// <param name="Role">One of <see cref="CallerRoles"/>.</param>
/// <param name="Subject">
/// The caller's stable identifier: a citizen's fiscal code (upper case, no <c>TINIT-</c> prefix), an
/// operator's or service's user or client id; null only for <see cref="CallerRoles.Anonymous"/>.
/// </param>
/// <param name="Ente">The municipality (Belfiore code, e.g. <c>D969</c>) an operator works for.</param>
/// <param name="Department">The operator's department (e.g. <c>social</c>).</param>
/// <param name="Assurance">The level of assurance of the sign-in: 0 none, 1–3 as SPID levels 1–3.</param>
/// <param name="Purpose">Why the data is read, as stated on the request (required of operators and services).</param>
/// <param name="RequestId">The gateway's id of the client request, shared by all its subgraph calls.</param>
/// <param name="Wards">
/// Fiscal codes of the minors in a citizen's household (the registry's relation), whose school data the
/// citizen may read; empty otherwise.
/// </param>
/// <param name="Client">The client application's id, when the token names one.</param>
public sealed record Caller(
    string Role,
    string? Subject,
    string? Ente,
    string? Department,
    int Assurance,
    string? Purpose,
    string RequestId,
    IReadOnlyList<string> Wards,
    string? Client = null)
{
    /// <summary>A caller without a token.</summary>
    public static Caller Anonymous(string requestId) =>
        new(CallerRoles.Anonymous, null, null, null, 0, null, requestId, []);

    /// <summary>True for a caller with a token.</summary>
    public bool IsAuthenticated => Role != CallerRoles.Anonymous;
}
