namespace Fascicolo.Gateway.Trust;

/// <summary>The claim names of the internal token (registered JWT names where one exists).</summary>
public static class InternalTokenClaims
{
    /// <summary>The gateway that issued the token, the same for every subgraph.</summary>
    public const string DefaultIssuer = "fascicolo-gateway";

    /// <summary>The only signing algorithm accepted (ECDSA P-256 with SHA-256).</summary>
    public const string Algorithm = "ES256";

    /// <summary>The JWT <c>typ</c> header, so an end-user token can never pass as an internal one.</summary>
    public const string TokenType = "fascicolo-internal+jwt";

#pragma warning disable CS1591 // The names speak for themselves; each maps one Caller property.
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Ente = "ente";
    public const string Department = "dept";
    public const string Assurance = "loa";
    public const string Purpose = "purpose";
    public const string RequestId = "rid";
    public const string Wards = "wards";
    public const string Client = "client";
#pragma warning restore CS1591

    /// <summary>Base64url SHA-256 of the exact request body the token was minted for.</summary>
    public const string BodyHash = "bh";
}
