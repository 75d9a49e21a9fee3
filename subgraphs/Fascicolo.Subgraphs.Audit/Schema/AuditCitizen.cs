namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>A citizen as this subgraph knows them: only the key. Any valid fiscal code is one (with an empty log when nobody read their data).</summary>
/// <param name="FiscalCode">The fiscal code.</param>
internal sealed record AuditCitizen(string FiscalCode);
