namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>household_member</c>: who belongs to a household and how they relate to its head.</summary>
/// <param name="HouseholdId">The household.</param>
/// <param name="FiscalCode">The member's fiscal code.</param>
/// <param name="RelationshipCode">The ANPR relationship to the head (1 head, 2 spouse, 3 child…).</param>
/// <param name="HouseholdFiscalCodes">
/// Every member of the same household: a member's place in the household is the household's data,
/// so all its members are the data subjects of the row (and each may read it).
/// </param>
internal sealed record HouseholdMemberRecord(string HouseholdId, string FiscalCode, int RelationshipCode, IReadOnlyList<string> HouseholdFiscalCodes);
