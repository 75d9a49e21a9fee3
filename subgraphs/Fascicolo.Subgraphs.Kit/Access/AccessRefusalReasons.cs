namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The <c>extensions.reason</c> of a <c>FORBIDDEN</c> error: why <see cref="AccessPolicy"/> refused a field.
/// The gateway refuses early with the same reasons, so a client sees one vocabulary.
/// </summary>
public static class AccessRefusalReasons
{
    /// <summary>Personal data (or a role-restricted field) asked for without a token.</summary>
    public const string AuthenticationRequired = "AUTHENTICATION_REQUIRED";

    /// <summary>The caller's role may never read this field (an analyst and personal data, a citizen and an operator's mutation).</summary>
    public const string RoleNotAllowed = "ROLE_NOT_ALLOWED";

    /// <summary>A citizen signed in below SPID level 2 asked for personal data.</summary>
    public const string AssuranceTooLow = "ASSURANCE_TOO_LOW";

    /// <summary>A citizen asked for personal data of someone who is neither them nor (where allowed) a minor in their care.</summary>
    public const string NotYourData = "NOT_YOUR_DATA";

    /// <summary>An operator or service stated no purpose on the request.</summary>
    public const string PurposeRequired = "PURPOSE_REQUIRED";

    /// <summary>An operator of another municipality (ente) than the one owning the records.</summary>
    public const string OtherEnte = "OTHER_ENTE";

    /// <summary>An operator of another department than the one owning the data.</summary>
    public const string OtherDepartment = "OTHER_DEPARTMENT";

    /// <summary>The message sent with a refusal: what to do about it, never whose data it was.</summary>
    /// <param name="reason">One of the reasons above.</param>
    /// <returns>The message.</returns>
    public static string Describe(string reason) => reason switch
    {
        AuthenticationRequired => "Access denied: sign in to read this field.",
        RoleNotAllowed => "Access denied: your role may not read this field.",
        AssuranceTooLow => "Access denied: sign in with SPID level 2 or higher (or CIE) to read personal data.",
        NotYourData => "Access denied: this is not your data.",
        PurposeRequired => "Access denied: state the purpose of the request (header Fascicolo-Purpose).",
        OtherEnte => "Access denied: these records belong to another municipality.",
        OtherDepartment => "Access denied: this data belongs to another department.",
        _ => "Access denied.",
    };
}
