namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Household</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class HouseholdReference
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;
}
