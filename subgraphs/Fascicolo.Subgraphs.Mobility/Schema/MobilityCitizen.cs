namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>A citizen as this subgraph knows them: only the key. Any valid fiscal code is one (with no cars, fines or permits when none).</summary>
/// <param name="FiscalCode">The fiscal code.</param>
internal sealed record MobilityCitizen(string FiscalCode);
