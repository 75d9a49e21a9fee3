namespace Fascicolo.Subgraphs.Welfare;

/// <summary>The <c>extensions.code</c> values the welfare subgraph adds to the kit's (<see cref="Kit.ErrorCodes"/>).</summary>
public static class WelfareErrorCodes
{
    /// <summary>No social case has this id.</summary>
    public const string SocialCaseNotFound = "SOCIAL_CASE_NOT_FOUND";

    /// <summary>No social-service office has this code.</summary>
    public const string SocialOfficeNotFound = "SOCIAL_OFFICE_NOT_FOUND";

    /// <summary>The benefit code is not in the city's catalogue.</summary>
    public const string UnknownBenefitCode = "UNKNOWN_BENEFIT_CODE";

    /// <summary>An amount is negative, or the user's share exceeds the amount; <c>extensions.reason</c> says which.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>The dates of a benefit do not make a period; <c>extensions.reason</c> says why.</summary>
    public const string InvalidPeriod = "INVALID_PERIOD";

    /// <summary>A date is in the future, or before the case's last change; <c>extensions.reason</c> says which.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>A text input is empty or too long; <c>extensions.field</c> names it.</summary>
    public const string InvalidText = "INVALID_TEXT";

    /// <summary>A means-tested benefit needs the DSU protocol of an ISEE attestation.</summary>
    public const string IseeRequired = "ISEE_REQUIRED";

    /// <summary>A benefit that is not means-tested takes no ISEE protocol.</summary>
    public const string IseeNotApplicable = "ISEE_NOT_APPLICABLE";

    /// <summary>No ISEE attestation has this DSU protocol.</summary>
    public const string IseeAttestationNotFound = "ISEE_ATTESTATION_NOT_FOUND";

    /// <summary>The beneficiary is not a member of the household the ISEE attestation was issued for.</summary>
    public const string IseeNotOfBeneficiary = "ISEE_NOT_OF_BENEFICIARY";

    /// <summary>The benefit starts outside the ISEE attestation's validity.</summary>
    public const string IseeNotValid = "ISEE_NOT_VALID";

    /// <summary>The social case is closed: nothing can be added to it.</summary>
    public const string SocialCaseClosed = "SOCIAL_CASE_CLOSED";

    /// <summary>The social case belongs to another person than the beneficiary.</summary>
    public const string SocialCaseOfAnotherPerson = "SOCIAL_CASE_OF_ANOTHER_PERSON";

    /// <summary>The person already has an open case in that user area.</summary>
    public const string SocialCaseAlreadyOpen = "SOCIAL_CASE_ALREADY_OPEN";

    /// <summary>The case cannot go from its status to the requested one.</summary>
    public const string InvalidStatusTransition = "INVALID_STATUS_TRANSITION";
}
