namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The payments subgraph's schema: <see cref="QueryGraphType"/>, <see cref="MutationGraphType"/> and the <c>Citizen</c> extension.</summary>
internal sealed class PaymentsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public PaymentsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        // Reachable through PaymentPosition.debtor too, but registered explicitly: an entity this
        // subgraph extends must stay in the schema (and in _Entity) whatever the fields reach.
        RegisterType(typeof(CitizenGraphType));
    }
}
