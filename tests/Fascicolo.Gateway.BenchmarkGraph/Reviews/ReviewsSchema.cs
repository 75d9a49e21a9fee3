using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Reviews;

/// <summary>The reviews subgraph: no root fields of its own; reviews are reached from users and products.</summary>
internal sealed class ReviewsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema; federation adds <c>_service</c> and <c>_entities</c> to the empty <c>Query</c>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public ReviewsSchema(IServiceProvider services)
        : base(services)
    {
        Query = new ObjectGraphType { Name = "Query" };
        // None of the entities is reachable from Query: register them, or they (and _entities) are dropped.
        RegisterType(typeof(ReviewGraphType));
        RegisterType(typeof(ReviewsUserGraphType));
        RegisterType(typeof(ReviewsProductGraphType));
    }
}
