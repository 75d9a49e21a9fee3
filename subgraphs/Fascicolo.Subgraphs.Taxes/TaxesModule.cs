using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Schema;
using Fascicolo.Subgraphs.Taxes.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Taxes;

/// <summary>
/// The taxes subgraph (tributi, "io contribuente"): extends <c>Citizen</c> with the IMU and TARI
/// position of a tax year, and owns the <c>TaxAssessment</c> entity keyed by id.
/// </summary>
public sealed class TaxesModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "taxes";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<TaxesSchema>().AddGraphTypes(typeof(TaxesModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TaxesClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new TaxesSeeder();
}
