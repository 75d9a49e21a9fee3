using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Reviews;

/// <summary>Reviews' <c>Product</c>: adds the product's reviews.</summary>
internal sealed class ReviewsProductGraphType : ObjectGraphType<ProductReference>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public ReviewsProductGraphType()
    {
        Name = "Product";
        this.Key("upc");
        this.ResolveReference<ProductReference>((_, reference) => reference);
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(context => context.Source.Upc);
        Field<ListGraphType<ReviewGraphType>>("reviews").Resolve(context => Catalog.ReviewsByProduct.GetValueOrDefault(context.Source.Upc, []));
    }
}
