using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Inventory;

/// <summary>
/// Inventory's <c>Product</c>: adds stock and a shipping estimate to the products subgraph's entity.
/// The estimate needs the price and weight, which this subgraph does not own: it declares them
/// <c>@external</c> and <c>@requires</c> them, so the gateway sends them in each representation.
/// </summary>
internal sealed class InventoryProductGraphType : ObjectGraphType<ProductReference>
{
    /// <summary>Shipping is free above this price (in euros), as in the well-known benchmark.</summary>
    private const int FreeShippingAbove = 1000;

    /// <summary>Declares the key, the reference resolver (the representation is the source) and the fields.</summary>
    public InventoryProductGraphType()
    {
        Name = "Product";
        this.Key("upc");
        this.ResolveReference<ProductReference>((_, reference) => reference);
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(context => context.Source.Upc);
        Field<IntGraphType>("price").External().Resolve(context => context.Source.Price);
        Field<IntGraphType>("weight").External().Resolve(context => context.Source.Weight);
        Field<BooleanGraphType>("inStock").Resolve(context =>
            Catalog.InStock.TryGetValue(context.Source.Upc, out var inStock)
                ? inStock
                // The corpus's entity field error: reached through _entities, so its path crosses subgraphs.
                : throw new ExecutionError($"The stock of product {context.Source.Upc} is unknown.") { Code = "INVENTORY_UNAVAILABLE" });
        Field<IntGraphType>("shippingEstimate")
            .Requires("price weight")
            .Resolve(context => context.Source is { Price: { } price, Weight: { } weight }
                ? (price > FreeShippingAbove ? 0 : weight / 2)
                : null);
    }
}
