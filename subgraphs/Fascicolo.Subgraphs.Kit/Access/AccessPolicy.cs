using Fascicolo.Gateway.Trust;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Who may resolve a guarded field: the whole policy of the issue in one pure class (no I/O, no state
/// but the ente), so it can be tested branch by branch. It answers with a refusal reason
/// (<see cref="AccessRefusalReasons"/>) or <see langword="null"/> for "allowed".
/// </summary>
/// <remarks>
/// Personal fields: anonymous callers must sign in; analysts never; citizens from SPID level 2, and only
/// their own data (or a ward's where the field is open to guardians); operators with a purpose, of this
/// subgraph's ente and of the field's department; services with a purpose.
/// Role-restricted fields (<see cref="AccessExtensions.RequireRole"/>): the role must be listed, and the
/// same caller conditions apply (citizens from level 2, operators with purpose, ente and department,
/// services with purpose), because such fields act on personal data even where they return none.
/// </remarks>
/// <param name="ente">The municipality (Belfiore code) that owns this subgraph's records.</param>
public sealed class AccessPolicy(string ente)
{
    /// <summary>The configuration key of the ente owning the subgraph's records.</summary>
    public const string EnteSetting = "Access:Ente";

    /// <summary>The ente when <see cref="EnteSetting"/> is not set: Genova.</summary>
    public const string DefaultEnte = "D969";

    /// <summary>The lowest level of assurance (SPID level 2) at which a citizen may read personal data.</summary>
    public const int MinimumCitizenAssurance = 2;

    /// <summary>The municipality that owns this subgraph's records.</summary>
    public string Ente { get; } = string.IsNullOrWhiteSpace(ente) ? throw new ArgumentException("The ente is required.", nameof(ente)) : ente;

    /// <summary>The full decision for a read of <paramref name="rule"/>'s field on an object of <paramref name="subjects"/>.</summary>
    /// <param name="caller">Who is calling.</param>
    /// <param name="rule">The field's rule.</param>
    /// <param name="subjects">The fiscal codes of the people whose data the parent object holds.</param>
    /// <returns>The refusal reason, or null when allowed.</returns>
    public string? Refuse(Caller caller, FieldAccessRule rule, IReadOnlyCollection<string> subjects) =>
        RefuseCaller(caller, rule) ?? RefuseSubjects(caller, rule, subjects);

    /// <summary>
    /// The part of the decision that depends on the caller alone: the guard asks it first, so a refused
    /// caller never costs a data-subject lookup.
    /// </summary>
    /// <param name="caller">Who is calling.</param>
    /// <param name="rule">The field's rule.</param>
    /// <returns>The refusal reason, or null when the decision now depends only on the data subjects.</returns>
    public string? RefuseCaller(Caller caller, FieldAccessRule rule)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.RequiredRoles.Count > 0 && !rule.RequiredRoles.Contains(caller.Role, StringComparer.Ordinal))
        {
            return caller.IsAuthenticated ? AccessRefusalReasons.RoleNotAllowed : AccessRefusalReasons.AuthenticationRequired;
        }
        if (rule.IsPersonal)
        {
            return caller.Role switch
            {
                CallerRoles.Anonymous => AccessRefusalReasons.AuthenticationRequired,
                CallerRoles.Citizen => RefuseCitizen(caller),
                CallerRoles.Operator => RefuseOperator(caller, rule),
                CallerRoles.Service => RefuseService(caller),
                // Analysts, and any role this code does not know: fail closed.
                _ => AccessRefusalReasons.RoleNotAllowed,
            };
        }
        // Role-restricted only (the role is listed, or there is no restriction at all).
        return rule.RequiredRoles.Count == 0 ? null : caller.Role switch
        {
            CallerRoles.Citizen => RefuseCitizen(caller),
            CallerRoles.Operator => RefuseOperator(caller, rule),
            CallerRoles.Service => RefuseService(caller),
            _ => null,
        };
    }

    /// <summary>
    /// The part of the decision that depends on whose data it is: a citizen must be one of
    /// <paramref name="subjects"/>, or have one of them among their wards where the field is open to
    /// guardians. Other roles are not limited by subject (their limits are in <see cref="RefuseCaller"/>).
    /// </summary>
    /// <param name="caller">Who is calling.</param>
    /// <param name="rule">The field's rule.</param>
    /// <param name="subjects">The fiscal codes of the people whose data the parent object holds (empty: nobody's).</param>
    /// <returns><see cref="AccessRefusalReasons.NotYourData"/>, or null.</returns>
    public static string? RefuseSubjects(Caller caller, FieldAccessRule rule, IReadOnlyCollection<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(subjects);
        if (!rule.IsPersonal || caller.Role != CallerRoles.Citizen)
        {
            return null;
        }
        if (caller.Subject is { } self && subjects.Contains(self, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        if (rule.OpenToGuardians && subjects.Any(subject => caller.Wards.Contains(subject, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }
        return AccessRefusalReasons.NotYourData;
    }

    private string? RefuseOperator(Caller caller, FieldAccessRule rule)
    {
        if (!HasPurpose(caller))
        {
            return AccessRefusalReasons.PurposeRequired;
        }
        if (!string.Equals(caller.Ente, Ente, StringComparison.OrdinalIgnoreCase))
        {
            return AccessRefusalReasons.OtherEnte;
        }
        return rule.Department == AccessExtensions.AnyDepartment
            || string.Equals(caller.Department, rule.Department, StringComparison.OrdinalIgnoreCase)
            ? null
            : AccessRefusalReasons.OtherDepartment;
    }

    private static string? RefuseCitizen(Caller caller) =>
        caller.Assurance < MinimumCitizenAssurance ? AccessRefusalReasons.AssuranceTooLow : null;

    private static string? RefuseService(Caller caller) =>
        HasPurpose(caller) ? null : AccessRefusalReasons.PurposeRequired;

    private static bool HasPurpose(Caller caller) => !string.IsNullOrWhiteSpace(caller.Purpose);
}
