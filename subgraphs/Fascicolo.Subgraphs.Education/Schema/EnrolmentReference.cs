namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>An <c>_entities</c> representation of an <c>Enrolment</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class EnrolmentReference
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;
}
