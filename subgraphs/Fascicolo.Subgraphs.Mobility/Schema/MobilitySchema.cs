namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The mobility subgraph's schema: <see cref="QueryGraphType"/> and what it reaches.</summary>
internal sealed class MobilitySchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    public MobilitySchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        // Citizen is reached from Vehicle.owner too, but registering it keeps _entities for it in any case.
        RegisterType(typeof(CitizenGraphType));
    }
}
