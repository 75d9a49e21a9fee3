namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row loaded by a key that is not one of its own columns (a unit by its owner, say).</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Key">The key it was loaded by.</param>
/// <param name="Row">The row.</param>
internal sealed record Keyed<TRow>(string Key, TRow Row);
