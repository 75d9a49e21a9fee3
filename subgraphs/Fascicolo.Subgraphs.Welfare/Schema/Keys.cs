namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The source of a welfare <c>Citizen</c>: only its key; the registry resolves the rest.</summary>
/// <param name="FiscalCode">The fiscal code, already validated.</param>
internal sealed record CitizenKey(string FiscalCode);

/// <summary>The source of a welfare <c>Household</c>: only its key; the registry resolves the rest.</summary>
/// <param name="Id">The registry's household id.</param>
internal sealed record HouseholdKey(string Id);

/// <summary>The source of a <c>SocialFolder</c>: whose folder it is.</summary>
/// <param name="FiscalCode">The citizen's fiscal code.</param>
internal sealed record SocialFolderKey(string FiscalCode);

/// <summary>The source of a <c>HouseholdSocialFolder</c>: whose folder it is.</summary>
/// <param name="HouseholdId">The household id.</param>
internal sealed record HouseholdSocialFolderKey(string HouseholdId);
