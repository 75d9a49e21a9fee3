namespace Fascicolo.Subgraphs.Territory;

/// <summary>The <c>extensions.code</c> values the territory subgraph adds to the kit's <c>ErrorCodes</c>.</summary>
internal static class TerritoryErrorCodes
{
    /// <summary>A municipality argument is not a Belfiore code (a letter and three digits).</summary>
    public const string InvalidMunicipalityCode = "INVALID_MUNICIPALITY_CODE";

    /// <summary>No building has the given id.</summary>
    public const string BuildingNotFound = "BUILDING_NOT_FOUND";

    /// <summary>The building exists but is not flagged in a flood red zone: there is nothing to register.</summary>
    public const string BuildingNotInRedZone = "BUILDING_NOT_IN_RED_ZONE";

    /// <summary>A phone number is not an Italian number in E.164 form, nor one that can be made so; <c>extensions.reason</c> says why.</summary>
    public const string InvalidPhoneNumber = "INVALID_PHONE_NUMBER";

    /// <summary>A red-zone registration names no member.</summary>
    public const string RedZoneMembersRequired = "RED_ZONE_MEMBERS_REQUIRED";

    /// <summary>A red-zone registration names more members than a household can reasonably have.</summary>
    public const string RedZoneTooManyMembers = "RED_ZONE_TOO_MANY_MEMBERS";

    /// <summary>A red-zone registration names the same fiscal code twice.</summary>
    public const string RedZoneDuplicateMember = "RED_ZONE_DUPLICATE_MEMBER";

    /// <summary>A member is already registered at that building; <c>extensions.fiscalCodes</c> lists who.</summary>
    public const string RedZoneAlreadyRegistered = "RED_ZONE_ALREADY_REGISTERED";
}
