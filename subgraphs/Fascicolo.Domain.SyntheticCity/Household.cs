namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A registry household (famiglia anagrafica) living in one dwelling.</summary>
/// <param name="Id">Stable id, <c>HH-</c> + seven digits, e.g. <c>HH-0000001</c>.</param>
/// <param name="DwellingId">The <see cref="Dwelling.Id"/> it lives in.</param>
/// <param name="HeadFiscalCode">The fiscal code of the head (intestatario scheda).</param>
/// <param name="Members">Every member, the head first.</param>
public sealed record Household(
    string Id,
    string DwellingId,
    string HeadFiscalCode,
    IReadOnlyList<HouseholdMember> Members);
