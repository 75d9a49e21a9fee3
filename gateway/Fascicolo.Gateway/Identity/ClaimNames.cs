namespace Fascicolo.Gateway.Identity;

/// <summary>The claims the gateway reads from end-user tokens.</summary>
internal static class ClaimNames
{
    /// <summary>The fiscal number attribute of SPID and CIE (OpenID Connect, AgID's attribute URI).</summary>
    public const string EidFiscalNumber = "https://attributes.eid.gov.it/fiscal_number";

    /// <summary>The fiscal number attribute under its SAML name, as SPID/CIE proxies pass it on.</summary>
    public const string FiscalNumber = "fiscalNumber";

    /// <summary>The prefix of an Italian fiscal number in SPID/CIE (ISO country code and TIN).</summary>
    public const string FiscalNumberPrefix = "TINIT-";

    /// <summary>The authentication context class: the SPID/CIE level of assurance.</summary>
    public const string Acr = "acr";

    /// <summary>Entra ID app roles (an array).</summary>
    public const string Roles = "roles";

    /// <summary>A single role.</summary>
    public const string Role = "role";

    /// <summary>The subject.</summary>
    public const string Subject = "sub";

    /// <summary>Entra ID's immutable object id of a user or application.</summary>
    public const string ObjectId = "oid";

    /// <summary>An operator's municipality (Belfiore code).</summary>
    public const string Ente = "ente";

    /// <summary>An operator's department.</summary>
    public const string Department = "department";

    /// <summary>The client application (OpenID Connect authorized party, or OAuth client id, or Entra v1 app id).</summary>
    public static readonly string[] Client = ["azp", "client_id", "appid"];

    /// <summary>The issuer.</summary>
    public const string Issuer = "iss";
}
