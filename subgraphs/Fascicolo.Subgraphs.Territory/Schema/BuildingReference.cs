namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Building</c> (a class: GraphQL.NET sets its property).</summary>
internal sealed class BuildingReference
{
    /// <summary>The key, e.g. <c>BLD-D969-000001</c>.</summary>
    public string Id { get; set; } = string.Empty;
}
