using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>
/// The <c>registerRedZoneContact</c> input as the client sent it. The <c>FiscalCode</c> scalar has
/// already checked every fiscal code; <see cref="Validate"/> checks the rest, before anything is read or written.
/// </summary>
internal sealed class RegisterRedZoneContactInput
{
    /// <summary>The most people one registration may name: a household, with room for lodgers and carers.</summary>
    public const int MaxMembers = 20;

    /// <summary>The building (house number) to register, e.g. <c>BLD-D969-000001</c>.</summary>
    public string BuildingId { get; set; } = string.Empty;

    /// <summary>Who registers it.</summary>
    public FiscalCode RegistrantFiscalCode { get; set; }

    /// <summary>The people to alert, with their phones.</summary>
    public List<RedZoneMemberInput> Members { get; set; } = [];

    /// <summary>Checks the members and normalises their phone numbers.</summary>
    /// <exception cref="CodedError">
    /// <c>RED_ZONE_MEMBERS_REQUIRED</c>, <c>RED_ZONE_TOO_MANY_MEMBERS</c>, <c>RED_ZONE_DUPLICATE_MEMBER</c>
    /// or <c>INVALID_PHONE_NUMBER</c> (with <c>extensions.field</c> and <c>extensions.reason</c>).
    /// </exception>
    public RedZoneRegistrationRequest Validate()
    {
        if (Members.Count == 0)
        {
            throw new CodedError(TerritoryErrorCodes.RedZoneMembersRequired, "Register at least one member of the household, with a phone number.");
        }

        if (Members.Count > MaxMembers)
        {
            throw new CodedError(TerritoryErrorCodes.RedZoneTooManyMembers, $"A registration may name at most {MaxMembers} members; it named {Members.Count}.",
                new Dictionary<string, object?> { ["max"] = MaxMembers });
        }

        var members = new List<(string FiscalCode, string Phone)>(Members.Count);
        for (var index = 0; index < Members.Count; index++)
        {
            var member = Members[index];
            var field = $"members[{index}]";
            if (members.Any(m => m.FiscalCode == member.FiscalCode.Value))
            {
                throw new CodedError(TerritoryErrorCodes.RedZoneDuplicateMember, $"'{field}.fiscalCode' {member.FiscalCode.Value} is named twice: list each member once.",
                    new Dictionary<string, object?> { ["field"] = field + ".fiscalCode", ["fiscalCode"] = member.FiscalCode.Value });
            }

            if (!ItalianPhoneNumber.TryNormalise(member.Phone, out var phone, out var error))
            {
                throw new CodedError(TerritoryErrorCodes.InvalidPhoneNumber,
                    $"'{field}.phone' is not an Italian landline or mobile number (e.g. +39 010 557 1111 or 347 123 4567).",
                    new Dictionary<string, object?> { ["field"] = field + ".phone", ["reason"] = ItalianPhoneNumber.ReasonCode(error) });
            }

            members.Add((member.FiscalCode.Value, phone));
        }

        return new RedZoneRegistrationRequest(BuildingId.Trim(), RegistrantFiscalCode.Value, members);
    }
}
