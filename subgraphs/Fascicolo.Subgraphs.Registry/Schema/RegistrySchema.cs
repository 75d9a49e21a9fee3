
namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The registry subgraph's schema: <see cref="QueryGraphType"/> and what it reaches.</summary>
internal sealed class RegistrySchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public RegistrySchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
    }
}
