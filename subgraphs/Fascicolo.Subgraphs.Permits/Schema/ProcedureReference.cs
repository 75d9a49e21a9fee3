namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Procedure</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class ProcedureReference
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;
}
