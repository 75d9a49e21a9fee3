namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>One of Liguria's five weather alert zones (zone di allertamento), which group river basins.</summary>
/// <param name="Code">The letter, <c>A</c> to <c>E</c>.</param>
/// <param name="Name">The zone's name, e.g. <c>Bacini liguri marittimi di Centro</c>.</param>
/// <param name="Description">Where it lies, in English.</param>
public sealed record AlertZone(string Code, string Name, string Description);
