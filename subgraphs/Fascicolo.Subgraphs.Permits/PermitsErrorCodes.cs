namespace Fascicolo.Subgraphs.Permits;

/// <summary>The <c>extensions.code</c> values the permits subgraph adds to the kit's (<see cref="Kit.ErrorCodes"/>).</summary>
public static class PermitsErrorCodes
{
    /// <summary>No procedure has the given id.</summary>
    public const string ProcedureNotFound = "PROCEDURE_NOT_FOUND";

    /// <summary>The workflow does not allow the transition from the procedure's current state; <c>extensions</c> name both and the allowed ones.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>The procedure is no longer at the version the operator saw (someone else advanced it); <c>extensions.currentVersion</c> says where it is.</summary>
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>The expected version is not a positive number.</summary>
    public const string InvalidExpectedVersion = "INVALID_EXPECTED_VERSION";

    /// <summary>The operator name is empty, too long or holds characters an account name cannot.</summary>
    public const string InvalidOperator = "INVALID_OPERATOR";

    /// <summary>The note is missing where the transition needs one (an integration request, a rejection), or too long.</summary>
    public const string InvalidNote = "INVALID_NOTE";

    /// <summary>A company fiscal code is not 11 digits with a valid check digit; <c>extensions.reason</c> says why.</summary>
    public const string InvalidCompanyFiscalCode = "INVALID_COMPANY_FISCAL_CODE";

    /// <summary>A protocol number is not of the form <c>PG/2025/0123456</c>.</summary>
    public const string InvalidProtocolNumber = "INVALID_PROTOCOL_NUMBER";
}
