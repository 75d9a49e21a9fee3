using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Schema;
using Fascicolo.Subgraphs.Permits.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Permits;

/// <summary>
/// The permits subgraph (procedimenti autorizzativi): owns the <c>Procedure</c> entity (building
/// procedures of the SUE, business procedures of the SUAP) and the <c>Company</c> entity, and adds
/// <c>procedures</c> and <c>companies</c> to <c>Citizen</c>. Operators advance procedures through
/// their workflow with <c>advanceProcedure</c>.
/// </summary>
public sealed class PermitsModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "permits";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<PermitsSchema>().AddGraphTypes(typeof(PermitsModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PermitsClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new PermitsSeeder();
}
