namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The territory subgraph's schema: <see cref="QueryGraphType"/>, <see cref="MutationGraphType"/> and what they reach.</summary>
internal sealed class TerritorySchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public TerritorySchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        // Citizen is reached from no root field: register it, or the schema (and _entities) would drop it.
        RegisterType(typeof(CitizenGraphType));
    }
}
