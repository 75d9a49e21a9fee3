namespace Fascicolo.Gateway.BenchmarkGraph.Accounts;

/// <summary>The accounts subgraph: users.</summary>
internal sealed class AccountsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public AccountsSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<AccountsQueryGraphType>();
    }
}
