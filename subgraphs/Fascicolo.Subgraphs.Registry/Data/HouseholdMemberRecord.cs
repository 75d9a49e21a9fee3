namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>household_member</c>: who belongs to a household and how they relate to its head.</summary>
/// <param name="HouseholdId">The household.</param>
/// <param name="FiscalCode">The member's fiscal code.</param>
/// <param name="RelationshipCode">The ANPR relationship to the head (1 head, 2 spouse, 3 child…).</param>
internal sealed record HouseholdMemberRecord(string HouseholdId, string FiscalCode, int RelationshipCode);
