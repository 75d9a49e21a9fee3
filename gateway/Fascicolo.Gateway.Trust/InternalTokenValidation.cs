namespace Fascicolo.Gateway.Trust;

/// <summary>The outcome of <see cref="InternalTokenValidator.ValidateAsync"/>.</summary>
/// <param name="Caller">The caller the token names; null when refused.</param>
/// <param name="Failure">Why the token was refused (for the log, never for the client); null when accepted.</param>
public sealed record InternalTokenValidation(Caller? Caller, string? Failure)
{
    /// <summary>An accepted token.</summary>
    public static InternalTokenValidation Accepted(Caller caller) => new(caller, null);

    /// <summary>A refused token.</summary>
    public static InternalTokenValidation Refused(string failure) => new(null, failure);
}
