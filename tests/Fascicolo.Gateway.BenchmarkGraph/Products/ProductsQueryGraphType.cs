using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Products;

/// <summary>Products' root fields.</summary>
internal sealed class ProductsQueryGraphType : ObjectGraphType
{
    /// <summary>Declares <c>topProducts</c>.</summary>
    public ProductsQueryGraphType()
    {
        Name = "Query";
        Field<ListGraphType<ProductGraphType>>("topProducts")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 5)
            .Resolve(context =>
            {
                var first = context.GetArgument("first", 5);
                // A negative count is the corpus's root field error from a subgraph.
                return first < 0
                    ? throw new ExecutionError("Argument 'first' must not be negative.") { Code = "BAD_USER_INPUT" }
                    : Catalog.Products.Take(first);
            });
    }
}
