using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// Someone trying to read another citizen's personal data: who they are (as their token says) and which
/// refusal reasons their attempts may meet. Every attacker is, by construction, entitled to none of the
/// victims' data except what <see cref="MayReadSection"/> allows (an operator's own department, a desk's
/// identity fields).
/// </summary>
/// <param name="Label">The kind of attacker, for the summary (e.g. <c>citizen-loa2</c>).</param>
/// <param name="Role">The token's role.</param>
/// <param name="FiscalCode">A citizen's fiscal code (the token's subject); null for the other roles.</param>
/// <param name="Assurance">The SPID level of a citizen's token.</param>
/// <param name="Ente">An operator's municipality.</param>
/// <param name="Department">An operator's department.</param>
/// <param name="Purpose">The purpose sent in <c>Fascicolo-Purpose</c>, if any.</param>
internal sealed record Attacker(string Label, string Role, string? FiscalCode, int Assurance, string? Ente, string? Department, string? Purpose)
{
    /// <summary>The ente of the seeded city (the subgraphs' <c>Access:Ente</c>).</summary>
    public const string CityEnte = "D969";

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(20);

    /// <summary>No token at all.</summary>
    public static Attacker Anonymous { get; } = new("anonymous", CallerRoles.Anonymous, null, 0, null, null, null);

    /// <summary>An analyst of the city, stating a purpose: aggregates only, never personal data.</summary>
    public static Attacker Analyst { get; } = new("analyst", CallerRoles.Analyst, null, 2, CityEnte, null, "studio statistico");

    /// <summary>A machine client that states no purpose.</summary>
    public static Attacker ServiceWithoutPurpose { get; } = new("service-no-purpose", CallerRoles.Service, null, 0, null, null, null);

    /// <summary>A citizen signed in at SPID level <paramref name="assurance"/>.</summary>
    public static Attacker Citizen(string fiscalCode, int assurance) =>
        new($"citizen-loa{assurance}", CallerRoles.Citizen, fiscalCode, assurance, null, null, null);

    /// <summary>An operator of the city's <paramref name="department"/> who states no purpose.</summary>
    public static Attacker OperatorWithoutPurpose(string department) =>
        new("operator-no-purpose", CallerRoles.Operator, null, 2, CityEnte, department, null);

    /// <summary>An operator of another municipality (Rome), with a purpose, in the department that owns the data.</summary>
    public static Attacker OperatorOfOtherEnte(string department) =>
        new("operator-other-ente", CallerRoles.Operator, null, 2, "H501", department, "pratica di altro comune");

    /// <summary>An operator of the city with a purpose, but of <paramref name="department"/> (not the data's).</summary>
    public static Attacker OperatorOfDepartment(string department) =>
        new("operator-other-department", CallerRoles.Operator, null, 2, CityEnte, department, "verifica d'ufficio");

    /// <summary>The token's subject for the roles that are not citizens.</summary>
    public string Subject => FiscalCode ?? (Department is null ? Label : $"{Label}.{Department}");

    /// <summary>
    /// The reasons a refused personal field may give this attacker: the policy's reason for them, and
    /// ROLE_NOT_ALLOWED where a field is reserved to citizens (<c>accessLog</c>).
    /// </summary>
    public IReadOnlySet<string> Reasons => Role switch
    {
        CallerRoles.Anonymous => Set(AccessRefusalReasons.AuthenticationRequired),
        CallerRoles.Analyst => Set(AccessRefusalReasons.RoleNotAllowed),
        CallerRoles.Citizen => Set(Assurance < AccessPolicy.MinimumCitizenAssurance ? AccessRefusalReasons.AssuranceTooLow : AccessRefusalReasons.NotYourData),
        CallerRoles.Service => Set(AccessRefusalReasons.PurposeRequired, AccessRefusalReasons.RoleNotAllowed),
        _ when Purpose is null => Set(AccessRefusalReasons.PurposeRequired, AccessRefusalReasons.RoleNotAllowed),
        _ when Ente != CityEnte => Set(AccessRefusalReasons.OtherEnte, AccessRefusalReasons.RoleNotAllowed),
        _ => Set(AccessRefusalReasons.OtherDepartment, AccessRefusalReasons.RoleNotAllowed),
    };

    /// <summary>
    /// Whether this attacker may legitimately read <paramref name="section"/> of ANOTHER person's dossier:
    /// only an operator of the city with a purpose, for their own department and for the registry (whose
    /// identity fields every desk may read).
    /// </summary>
    public bool MayReadSection(string section) =>
        Role == CallerRoles.Operator && Purpose is not null && Ente == CityEnte
        && (section == DossierSections.Registry || DossierSections.DepartmentOf(section) == Department);

    /// <summary>
    /// Whether any fiscal code but the attacker's own (and their wards') is beyond them: true for all but an
    /// operator of the city with a purpose, whose desk may look people up in the registry.
    /// </summary>
    public bool SeesNoOtherCodes => !(Role == CallerRoles.Operator && Purpose is not null && Ente == CityEnte);

    /// <summary>The caller the gateway would forward for this attacker (for tokens signed straight to a subgraph).</summary>
    public Caller ToCaller(string requestId) => Role == CallerRoles.Anonymous
        ? Caller.Anonymous(requestId)
        : new Caller(Role, Subject, Ente, Department, Assurance, Purpose, requestId, []);

    /// <summary>A development-issuer token for this attacker; null for the anonymous one.</summary>
    public string? MintToken(TestIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return Role switch
        {
            CallerRoles.Anonymous => null,
            CallerRoles.Citizen => identity.Mint(new DevelopmentTokenRequest(Role, FiscalCode!, FiscalCode, Assurance, null, null, TokenLifetime)),
            CallerRoles.Operator => identity.Mint(new DevelopmentTokenRequest(Role, Subject, null, null, Ente, Department, TokenLifetime)),
            _ => identity.Mint(new DevelopmentTokenRequest(Role, Subject, null, null, Ente, null, TokenLifetime)),
        };
    }

    private static HashSet<string> Set(params string[] reasons) => new(reasons, StringComparer.Ordinal);
}
