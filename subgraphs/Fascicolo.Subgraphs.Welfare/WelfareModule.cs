using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Schema;
using Fascicolo.Subgraphs.Welfare.Seed;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Welfare;

/// <summary>
/// The welfare subgraph (cartella sociale, SIUSS model): owns the <c>SocialCase</c> entity, serves
/// benefits and ISEE attestations, and extends <c>Citizen</c> and <c>Household</c> with their social
/// folder. Every person's record it serves is marked <c>@personalData(category: "sensitive")</c>, and
/// belongs to the social services department (<c>social</c>); offices and the benefit catalogue are public.
/// </summary>
public sealed class WelfareModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "welfare";

    /// <inheritdoc/>
    public override string Department => "social";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<WelfareSchema>().AddGraphTypes(typeof(WelfareModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WelfareClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new WelfareSeeder();
}
