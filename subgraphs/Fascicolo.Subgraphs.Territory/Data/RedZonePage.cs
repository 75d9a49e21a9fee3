namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>One page of a red zone's buildings: the key of <see cref="BuildingsByRedZonePage"/>.</summary>
/// <param name="ZoneId">The red zone.</param>
/// <param name="After">The id to continue after; null for the first page.</param>
/// <param name="Limit">How many buildings to fetch.</param>
internal readonly record struct RedZonePage(string ZoneId, string? After, int Limit);
