using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Products;

/// <summary>Products' <c>Product</c>: the owner of the entity, keyed by <c>upc</c>.</summary>
internal sealed class ProductGraphType : ObjectGraphType<Product>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public ProductGraphType()
    {
        Name = "Product";
        this.Key("upc");
        this.ResolveReference<ProductReference, Product>((_, reference) => Catalog.ProductsByUpc.GetValueOrDefault(reference.Upc)!);
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(context => context.Source.Upc);
        Field<StringGraphType>("name").Resolve(context => context.Source.Name);
        Field<IntGraphType>("price").Resolve(context => context.Source.Price);
        Field<IntGraphType>("weight").Resolve(context => context.Source.Weight);
    }
}
