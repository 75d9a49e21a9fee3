namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The taxes subgraph's schema: <see cref="QueryGraphType"/>, and the <c>Citizen</c> entity it extends.</summary>
internal sealed class TaxesSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public TaxesSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        // Reached from Query through TaxAssessment.taxpayer too, but registered explicitly: the entity
        // this subgraph extends must never drop out of the schema (and _entities with it).
        RegisterType(typeof(CitizenGraphType));
    }
}
