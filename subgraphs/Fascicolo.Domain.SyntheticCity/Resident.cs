using Fascicolo.Domain.FiscalCodes;

namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A person registered as resident (ANPR model).</summary>
/// <param name="FiscalCode">The fiscal code, unique across the city; omocodic for a few residents.</param>
/// <param name="Surname">The surname as registered.</param>
/// <param name="GivenName">The given name(s) as registered.</param>
/// <param name="Sex">The sex as registered.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="BirthplaceCode">The Belfiore code of the birthplace: a municipality, or <c>Z…</c> for a foreign state.</param>
/// <param name="Citizenship">ISO 3166-1 alpha-2 code of the citizenship, e.g. <c>IT</c>.</param>
/// <param name="CivilStatus">The ANPR civil status; see <see cref="CivilStatusCodes"/>.</param>
/// <param name="HouseholdId">The <see cref="Household.Id"/> the resident belongs to.</param>
/// <param name="RelationshipCode">The ANPR relationship to the household's head; see <see cref="RelationshipCodes"/>.</param>
/// <param name="Documents">Identity documents, expired ones included; possibly none.</param>
public sealed record Resident(
    string FiscalCode,
    string Surname,
    string GivenName,
    Sex Sex,
    DateOnly BirthDate,
    string BirthplaceCode,
    string Citizenship,
    int CivilStatus,
    string HouseholdId,
    int RelationshipCode,
    IReadOnlyList<IdentityDocument> Documents)
{
    /// <summary>Given name and surname, e.g. <c>Giulia Parodi</c>.</summary>
    public string FullName => $"{GivenName} {Surname}";

    /// <summary>The age in completed years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date) => Ages.On(BirthDate, date);
}
