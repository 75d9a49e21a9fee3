using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Schema;
using Fascicolo.Subgraphs.Territory.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Territory;

/// <summary>
/// The territory subgraph (edifici, catasto, energia, protezione civile): owns the <c>Building</c>,
/// <c>CadastralUnit</c> and <c>Condominium</c> entities, energy certificates, Liguria's weather
/// alerts and Genova's flood red zones, and extends <c>Citizen</c> with the units they own.
/// </summary>
public sealed class TerritoryModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "territory";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<TerritorySchema>().AddGraphTypes(typeof(TerritoryModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TerritoryClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new TerritorySeeder();
}
