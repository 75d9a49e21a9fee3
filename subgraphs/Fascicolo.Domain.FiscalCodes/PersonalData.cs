namespace Fascicolo.Domain.FiscalCodes;

/// <summary>The personal data a fiscal code is computed from.</summary>
/// <param name="Surname">Surname as registered; accents, apostrophes and spaces are allowed.</param>
/// <param name="GivenName">Given name(s) as registered.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Sex at registration.</param>
/// <param name="BirthplaceCode">Belfiore code of the birth municipality (e.g. <c>D969</c>) or <c>Zxxx</c> for a foreign state.</param>
public sealed record PersonalData(string Surname, string GivenName, DateOnly BirthDate, Sex Sex, string BirthplaceCode);
