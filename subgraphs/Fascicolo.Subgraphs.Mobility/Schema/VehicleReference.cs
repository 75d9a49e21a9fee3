namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>An <c>_entities</c> representation of a <c>Vehicle</c> (a class: GraphQL.NET sets its properties).</summary>
internal sealed class VehicleReference
{
    /// <summary>The key.</summary>
    public string Plate { get; set; } = string.Empty;
}
