namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The permits subgraph's schema: <see cref="QueryGraphType"/>, <see cref="MutationGraphType"/> and what they reach.</summary>
internal sealed class PermitsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public PermitsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        // Citizen is only reached through _entities (this subgraph extends it): register it explicitly,
        // or the schema drops it and _entities cannot resolve it.
        RegisterType(typeof(CitizenGraphType));
    }
}
