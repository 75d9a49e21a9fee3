using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Schema;
using Fascicolo.Subgraphs.Registry.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Registry;

/// <summary>
/// The registry subgraph ("io cittadino", anagrafe on the ANPR model): owns the <c>Citizen</c>
/// entity keyed by fiscal code and the <c>Household</c> entity, with residences and identity documents.
/// </summary>
public sealed class RegistryModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "registry";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<RegistrySchema>().AddGraphTypes(typeof(RegistryModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RegistryClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new RegistrySeeder();
}
