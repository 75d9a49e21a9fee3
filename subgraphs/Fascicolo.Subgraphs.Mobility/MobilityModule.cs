using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility.Schema;
using Fascicolo.Subgraphs.Mobility.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Mobility;

/// <summary>
/// The mobility subgraph ("io mi muovo"): owns the <c>Vehicle</c> entity keyed by plate; extends
/// <c>Citizen</c> with their cars, fines and ZTL permits; serves the public traffic notices and the
/// public transport timetable loaded from GTFS.
/// </summary>
public sealed class MobilityModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "mobility";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<MobilitySchema>().AddGraphTypes(typeof(MobilityModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MobilityClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new MobilitySeeder();
}
