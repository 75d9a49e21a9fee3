namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// <c>FORBIDDEN</c> with <c>extensions.reason</c>: the kit throws it for a refused field (which then
/// resolves to null at its path), and resolvers throw it for the checks only they can make, e.g. a
/// citizen acting on someone else's record (<see cref="AccessRefusalReasons.NotYourData"/>).
/// </summary>
public sealed class AccessDeniedError : CodedError
{
    /// <summary>Creates the error for <paramref name="reason"/>, with its standard message.</summary>
    /// <param name="reason">One of <see cref="AccessRefusalReasons"/>.</param>
    public AccessDeniedError(string reason)
        : base(ErrorCodes.Forbidden, AccessRefusalReasons.Describe(reason), new Dictionary<string, object?> { ["reason"] = reason })
    {
        Reason = reason;
    }

    /// <summary>Why access was denied.</summary>
    public string Reason { get; }
}
