namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>A citizen as this subgraph knows one: by fiscal code only (the registry owns the rest).</summary>
/// <param name="FiscalCode">The fiscal code as issued, upper case.</param>
internal sealed record CitizenKey(string FiscalCode);
