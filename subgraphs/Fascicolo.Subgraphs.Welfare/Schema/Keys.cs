namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The source of a welfare <c>Citizen</c>: only its key; the registry resolves the rest.</summary>
/// <param name="FiscalCode">The fiscal code, already validated.</param>
internal sealed record CitizenKey(string FiscalCode);

/// <summary>The source of a welfare <c>Household</c>: only its key; the registry resolves the rest.</summary>
/// <param name="Id">The registry's household id.</param>
internal sealed record HouseholdKey(string Id)
{
    /// <summary>
    /// The household's data subjects, once the access check of <c>socialFolder</c> has looked them up: the
    /// folder is handed them, so they are looked up once per request rather than once per level.
    /// </summary>
    public IReadOnlyCollection<string> Subjects { get; set; } = [];
}

/// <summary>The source of a <c>SocialFolder</c>: whose folder it is.</summary>
/// <param name="FiscalCode">The citizen's fiscal code.</param>
internal sealed record SocialFolderKey(string FiscalCode);

/// <summary>The source of a <c>HouseholdSocialFolder</c>: whose folder it is.</summary>
/// <param name="HouseholdId">The household id.</param>
/// <param name="Subjects">The members welfare knows of: the folder's data subjects.</param>
internal sealed record HouseholdSocialFolderKey(string HouseholdId, IReadOnlyCollection<string> Subjects);
