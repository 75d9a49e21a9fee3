using System.Security.Claims;
using System.Text.RegularExpressions;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Identity;

/// <summary>
/// Turns the claims of a validated end-user token into the <see cref="Caller"/> the gateway forwards:
/// the role (Entra app roles <c>roles</c>, or <c>role</c>; a token with a fiscal number and no role is a
/// citizen's), the subject (a citizen's fiscal code from <c>https://attributes.eid.gov.it/fiscal_number</c>
/// or <c>fiscalNumber</c>, <c>TINIT-</c> stripped and validated; <c>sub</c> or <c>oid</c> for the other roles),
/// the level of assurance from <c>acr</c>, an operator's <c>ente</c> and <c>department</c>.
/// </summary>
/// <remarks>
/// Anything it cannot map is refused with a reason for the client, never guessed: a token the gateway
/// cannot attribute must not reach the subgraphs as somebody.
/// </remarks>
internal static partial class CallerMapper
{
    // The claim names ASP.NET Core maps the JWT names to when inbound mapping is on: read as well, so a
    // scheme configured either way maps the same.
    private const string MappedObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    private static readonly string[] KnownRoles = [CallerRoles.Citizen, CallerRoles.Operator, CallerRoles.Analyst, CallerRoles.Service];

    /// <summary>The caller the claims describe, or why they describe nobody the gateway can serve.</summary>
    public static CallerMapping Map(ClaimsPrincipal principal, string requestId, string? purpose)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var fiscalNumber = First(principal, ClaimNames.EidFiscalNumber, ClaimNames.FiscalNumber);
        FiscalCode? fiscalCode = null;
        if (fiscalNumber is not null)
        {
            var code = fiscalNumber.StartsWith(ClaimNames.FiscalNumberPrefix, StringComparison.OrdinalIgnoreCase)
                ? fiscalNumber[ClaimNames.FiscalNumberPrefix.Length..]
                : fiscalNumber;
            if (!FiscalCode.TryParse(code, out var parsed, out var error))
            {
                return CallerMapping.Refused($"The token's fiscal number is not a valid fiscal code ({error}).");
            }

            fiscalCode = parsed;
        }

        var roles = principal.Claims
            .Where(claim => claim.Type is ClaimNames.Roles or ClaimNames.Role or ClaimTypes.Role)
            .Select(claim => claim.Value.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roles.FirstOrDefault(role => !KnownRoles.Contains(role)) is { } unknown)
        {
            return CallerMapping.Refused($"The token's role '{unknown}' is not one of {string.Join(", ", KnownRoles)}.");
        }

        if (roles.Count > 1)
        {
            return CallerMapping.Refused($"The token carries several roles ({string.Join(", ", roles)}); a caller has exactly one.");
        }

        var role = roles.Count == 1 ? roles[0] : fiscalCode is not null ? CallerRoles.Citizen : null;
        if (role is null)
        {
            return CallerMapping.Refused("The token carries neither a role nor a fiscal number.");
        }

        var assurance = AssuranceLevels.Parse(First(principal, ClaimNames.Acr));
        var client = First(principal, ClaimNames.Client);
        if (role == CallerRoles.Citizen)
        {
            return fiscalCode is { } citizen
                ? CallerMapping.Accepted(new Caller(role, citizen.Value, null, null, assurance, purpose, requestId, [], client))
                : CallerMapping.Refused("A citizen's token must carry the fiscal number (https://attributes.eid.gov.it/fiscal_number or fiscalNumber).");
        }

        var subject = First(principal, ClaimNames.Subject, ClaimTypes.NameIdentifier, ClaimNames.ObjectId, MappedObjectId);
        if (subject is null)
        {
            return CallerMapping.Refused($"A {role}'s token must carry a subject (sub or oid).");
        }

        var ente = First(principal, ClaimNames.Ente)?.ToUpperInvariant();
        if (ente is not null && !BelfioreCode().IsMatch(ente))
        {
            return CallerMapping.Refused($"The token's ente '{ente}' is not a municipality code (a letter and three digits, e.g. D969).");
        }

        var department = First(principal, ClaimNames.Department)?.ToLowerInvariant();
        if (role == CallerRoles.Operator && (ente is null || department is null))
        {
            return CallerMapping.Refused("An operator's token must carry the ente and the department the operator works for.");
        }

        return CallerMapping.Accepted(new Caller(role, subject, ente, department, assurance, purpose, requestId, [], client));
    }

    private static string? First(ClaimsPrincipal principal, params ReadOnlySpan<string> types)
    {
        foreach (var type in types)
        {
            if (principal.FindFirst(type)?.Value is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Z][0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BelfioreCode();
}

/// <summary>The outcome of <see cref="CallerMapper.Map"/>.</summary>
/// <param name="Caller">The caller; null when refused.</param>
/// <param name="Failure">Why the token describes nobody the gateway can serve (safe to tell the client); null when mapped.</param>
internal sealed record CallerMapping(Caller? Caller, string? Failure)
{
    public static CallerMapping Accepted(Caller caller) => new(caller, null);

    public static CallerMapping Refused(string failure) => new(null, failure);
}
