namespace Fascicolo.Gateway.Trust;

/// <summary>The roles a caller can have; a token carries exactly one.</summary>
public static class CallerRoles
{
    /// <summary>No token: public data only.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>A person signed in with SPID, CIE or Entra ID: their own data (and their wards' school data).</summary>
    public const string Citizen = "citizen";

    /// <summary>Municipal staff: data of their own ente and department, with a stated purpose.</summary>
    public const string Operator = "operator";

    /// <summary>Reads aggregates only, never personal data.</summary>
    public const string Analyst = "analyst";

    /// <summary>A machine client of the city (an extractor, a back office): every record, with a stated purpose.</summary>
    public const string Service = "service";

    /// <summary>True for one of the roles above.</summary>
    public static bool IsKnown(string? role) =>
        role is Anonymous or Citizen or Operator or Analyst or Service;
}
