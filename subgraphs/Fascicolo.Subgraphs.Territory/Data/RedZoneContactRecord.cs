namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>red_zone_contact</c>: a person registered at a house number, with the phone to alert them on.</summary>
/// <param name="RegistrationId">The registration they were registered with.</param>
/// <param name="FiscalCode">The person.</param>
/// <param name="Phone">The phone number in E.164 form, e.g. <c>+393471234567</c>.</param>
internal sealed record RedZoneContactRecord(string RegistrationId, string FiscalCode, string Phone);
