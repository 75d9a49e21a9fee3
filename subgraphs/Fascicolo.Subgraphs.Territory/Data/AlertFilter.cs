using Fascicolo.Domain.SyntheticCity.Territory;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The criteria of the alert listing; all optional, combined with AND.</summary>
/// <param name="ZoneCode">Alerts of this zone.</param>
/// <param name="Type">Alerts of this type.</param>
/// <param name="ActiveAt">Alerts in force at this instant (UTC).</param>
internal sealed record AlertFilter(string? ZoneCode, AlertType? Type, DateTime? ActiveAt);
