namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>A validated red-zone registration: phone numbers in E.164 form, no fiscal code twice.</summary>
/// <param name="BuildingId">The building (house number) to register.</param>
/// <param name="RegistrantFiscalCode">Who registers it.</param>
/// <param name="Members">The people to alert, in the order given.</param>
internal sealed record RedZoneRegistrationRequest(
    string BuildingId,
    string RegistrantFiscalCode,
    IReadOnlyList<(string FiscalCode, string Phone)> Members);
