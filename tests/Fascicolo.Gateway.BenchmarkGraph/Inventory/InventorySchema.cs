using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Inventory;

/// <summary>The inventory subgraph: no root fields of its own, only fields on <c>Product</c>.</summary>
internal sealed class InventorySchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema; federation adds <c>_service</c> and <c>_entities</c> to the empty <c>Query</c>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public InventorySchema(IServiceProvider services)
        : base(services)
    {
        Query = new ObjectGraphType { Name = "Query" };
        // Not reachable from Query: without this, Product (and _entities with it) would be dropped.
        RegisterType(typeof(InventoryProductGraphType));
    }
}
