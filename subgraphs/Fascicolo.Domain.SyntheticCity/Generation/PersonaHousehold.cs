namespace Fascicolo.Domain.SyntheticCity.Generation;

/// <summary>A fixed household and the personas among its members.</summary>
/// <param name="Household">The household, its members fully described.</param>
/// <param name="Personas">Which members are personas, with their key and description.</param>
internal sealed record PersonaHousehold(HouseholdDraft Household, IReadOnlyList<PersonaMember> Personas);

/// <summary>A member of a persona household who is a persona.</summary>
/// <param name="Key">The persona's key.</param>
/// <param name="Person">The member.</param>
/// <param name="Description">What the persona is for.</param>
internal sealed record PersonaMember(string Key, PersonDraft Person, string Description);
