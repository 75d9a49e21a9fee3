namespace Fascicolo.Gateway.BenchmarkGraph.Data;

/// <summary>
/// An <c>_entities</c> representation of a <c>Product</c>: the <c>upc</c> key and, for the inventory,
/// the <c>price</c> and <c>weight</c> that <c>shippingEstimate</c> requires. Settable properties, as
/// GraphQL.NET fills them in after its parameterless constructor.
/// </summary>
internal sealed class ProductReference
{
    /// <summary>The <c>upc</c> key.</summary>
    public string Upc { get; set; } = "";

    /// <summary>The price, when the gateway sent it (inventory's <c>@requires</c>).</summary>
    public int? Price { get; set; }

    /// <summary>The weight, when the gateway sent it (inventory's <c>@requires</c>).</summary>
    public int? Weight { get; set; }
}
