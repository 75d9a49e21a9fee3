namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>An <c>_entities</c> representation of a <c>PaymentPosition</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class PaymentPositionReference
{
    /// <summary>The key.</summary>
    public string Iupd { get; set; } = string.Empty;
}
