namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>
/// An <c>_entities</c> representation keyed by <c>id</c> (users, reviews). A class with settable
/// properties, not a positional record: GraphQL.NET creates it with its parameterless constructor.
/// </summary>
internal sealed class EntityReference
{
    /// <summary>The <c>id</c> key.</summary>
    public string Id { get; set; } = "";
}
