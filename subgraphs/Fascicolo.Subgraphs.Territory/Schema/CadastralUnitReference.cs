namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>An <c>_entities</c> representation of a <c>CadastralUnit</c> (a class: GraphQL.NET sets its property).</summary>
internal sealed class CadastralUnitReference
{
    /// <summary>The key, e.g. <c>CU-0000001</c>.</summary>
    public string Id { get; set; } = string.Empty;
}
