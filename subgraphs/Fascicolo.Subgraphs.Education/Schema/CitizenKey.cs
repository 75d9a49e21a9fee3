namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// A citizen as this subgraph knows them: by fiscal code only (the registry owns the rest). Any valid
/// fiscal code is one; a citizen with no school data simply has empty lists here.
/// </summary>
/// <param name="FiscalCode">The fiscal code as issued.</param>
internal sealed record CitizenKey(string FiscalCode);
