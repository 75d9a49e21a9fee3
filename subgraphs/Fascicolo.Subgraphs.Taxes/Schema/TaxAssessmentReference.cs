namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>An <c>_entities</c> representation of a <c>TaxAssessment</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class TaxAssessmentReference
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;
}
