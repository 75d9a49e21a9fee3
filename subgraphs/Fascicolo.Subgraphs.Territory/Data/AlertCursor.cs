namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The sort key of the alert listing (newest first): the start, then the id.</summary>
/// <param name="ValidFrom">When the alert starts (UTC).</param>
/// <param name="Id">The alert id.</param>
internal sealed record AlertCursor(DateTime ValidFrom, string Id);
