namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A row of <c>household</c>: a famiglia anagrafica.</summary>
/// <param name="Id">The household id, e.g. <c>HH-0000001</c>.</param>
/// <param name="HeadFiscalCode">The fiscal code of the head (intestatario scheda).</param>
internal sealed record HouseholdRecord(string Id, string HeadFiscalCode);
