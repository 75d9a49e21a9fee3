namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>household</c>: a famiglia anagrafica, with whom it holds.</summary>
/// <param name="Id">The household id, e.g. <c>HH-0000001</c>.</param>
/// <param name="HeadFiscalCode">The fiscal code of the head (intestatario scheda).</param>
/// <param name="MemberFiscalCodes">
/// Every member's fiscal code, read with the row: the household's data belongs to all of them (they are
/// its data subjects), and carrying them here keeps the access check from costing a statement per household.
/// </param>
internal sealed record HouseholdRecord(string Id, string HeadFiscalCode, IReadOnlyList<string> MemberFiscalCodes);
