namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A member of a household and how they relate to its head.</summary>
/// <param name="FiscalCode">The member's fiscal code.</param>
/// <param name="RelationshipCode">The ANPR relationship to the head; see <see cref="RelationshipCodes"/>.</param>
public sealed record HouseholdMember(string FiscalCode, int RelationshipCode);
