using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>
/// Who may file a red-zone registration, beyond what the kit checks on the mutation (role, SPID level,
/// an operator's purpose, ente and department): a citizen files only as themselves, naming only
/// themselves and the minors in their care. Other adults register themselves, or at a territory desk.
/// </summary>
/// <remarks>
/// Naming anyone else would let a citizen write another person's phone into the civil protection's
/// call list, and the refusal of a duplicate would tell them where that person is registered.
/// </remarks>
internal static class RedZoneRegistrationAccess
{
    /// <summary>Refuses a citizen's registration naming someone who is neither them nor their ward.</summary>
    /// <param name="caller">Who is calling.</param>
    /// <param name="request">The validated registration.</param>
    /// <exception cref="AccessDeniedError"><c>FORBIDDEN</c> with reason <c>NOT_YOUR_DATA</c>; nothing is written.</exception>
    public static void Check(Caller caller, RedZoneRegistrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (caller.Role != CallerRoles.Citizen)
        {
            return;
        }

        var self = caller.Subject;
        var mayName = (string code) => string.Equals(code, self, StringComparison.Ordinal) || caller.Wards.Contains(code, StringComparer.Ordinal);
        if (!string.Equals(request.RegistrantFiscalCode, self, StringComparison.Ordinal) || !request.Members.All(member => mayName(member.FiscalCode)))
        {
            throw new AccessDeniedError(AccessRefusalReasons.NotYourData);
        }
    }
}
