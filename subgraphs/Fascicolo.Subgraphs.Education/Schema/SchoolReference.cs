namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>An <c>_entities</c> representation of a <c>School</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class SchoolReference
{
    /// <summary>The key.</summary>
    public string Code { get; set; } = string.Empty;
}
