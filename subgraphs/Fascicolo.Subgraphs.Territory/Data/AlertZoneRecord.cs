namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>alert_zone</c>.</summary>
/// <param name="Code">The letter, <c>A</c> to <c>E</c>.</param>
/// <param name="Name">The zone's Italian name.</param>
/// <param name="Description">Where it lies.</param>
internal sealed record AlertZoneRecord(string Code, string Name, string Description);
