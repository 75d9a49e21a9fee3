namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>The audit subgraph's schema: an empty <c>Query</c> (federation adds <c>_service</c> and <c>_entities</c>) and <c>Citizen.accessLog</c>.</summary>
internal sealed class AuditSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    public AuditSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        // Citizen is reachable only through _entities: register it, or it and _entities are dropped.
        RegisterType(typeof(CitizenGraphType));
    }
}
