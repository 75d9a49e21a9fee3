namespace Fascicolo.Gateway.BenchmarkGraph.Products;

/// <summary>The products subgraph: the catalogue.</summary>
internal sealed class ProductsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public ProductsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<ProductsQueryGraphType>();
    }
}
