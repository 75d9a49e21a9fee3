using System.Globalization;
using Microsoft.IdentityModel.Tokens;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// The <c>error_description</c> of a refused bearer token (RFC 6750 §3): what is wrong with it, in words
/// a client developer can act on, without the validation library's internals (key ids, stack traces).
/// </summary>
internal static class TokenFailures
{
    /// <summary>The description of the failure <paramref name="exception"/> reports.</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires.ToString("O", CultureInfo.InvariantCulture)}.",
        SecurityTokenNotYetValidException early => $"The token is not valid before {early.NotBefore.ToString("O", CultureInfo.InvariantCulture)}.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException { InvalidAudience: { Length: > 0 } audience } => $"The token's audience '{Clip(audience)}' is not this gateway.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this gateway.",
        SecurityTokenInvalidIssuerException issuer => $"The token's issuer '{Clip(issuer.InvalidIssuer)}' is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token is signed with an algorithm that is not accepted.",
        SecurityTokenInvalidTypeException => "The token's type (typ) is not accepted.",
        SecurityTokenSignatureKeyNotFoundException => "The token's signature is invalid: it was not made with a key the issuer publishes.",
        SecurityTokenInvalidSignatureException when IsUnsigned(exception) => "The token is not signed.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenMalformedException or ArgumentException => "The token is not a well-formed JWT.",
        SecurityTokenException => "The token is invalid.",
        _ => "The token could not be validated.",
    };

    // The values come from the client's token: quoted, but never at length.
    private static string Clip(string? value) =>
        value is null ? string.Empty : value.Length <= 80 ? value : value[..80] + "...";

    // IDX10504: "Unable to validate signature, token does not have a signature" (alg "none"). The library
    // has no exception type of its own for it; its id is stable across versions.
    private static bool IsUnsigned(Exception exception) =>
        exception.Message.Contains("IDX10504", StringComparison.Ordinal);
}
