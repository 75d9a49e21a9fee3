using Fascicolo.Subgraphs.Education.Schema;
using Fascicolo.Subgraphs.Education.Seed;
using Fascicolo.Subgraphs.Kit;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fascicolo.Subgraphs.Education;

/// <summary>
/// The education subgraph ("io genitore"): owns the <c>School</c> entity keyed by code and the
/// <c>Enrolment</c> entity keyed by id, and extends <c>Citizen</c> with a child's enrolments (canteen
/// fee, attendance, bills, special diets), the canteen bills a parent pays and textbook vouchers.
/// </summary>
public sealed class EducationModule : SubgraphModule
{
    /// <inheritdoc/>
    public override string Name => "education";

    /// <inheritdoc/>
    public override void ConfigureGraphQL(IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        graphql.AddSchema<EducationSchema>().AddGraphTypes(typeof(EducationModule).Assembly).AddPersonalData();
    }

    /// <inheritdoc/>
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EducationClock>();
    }

    /// <inheritdoc/>
    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new EducationSeeder();
}
