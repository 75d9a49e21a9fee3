namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>Representations sent to <c>_entities</c>.</summary>
internal static class Representations
{
    /// <summary>A representation for <c>_entities</c>.</summary>
    public static Dictionary<string, object> Representation(string typeName, string key, string value) =>
        new() { ["__typename"] = typeName, [key] = value };
}
