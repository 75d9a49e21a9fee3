using GraphQL;
using GraphQL.DI;

namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

/// <summary>A tiny subgraph exercising every part of the kit; its seeder can be swapped to test failures.</summary>
public sealed class SampleModule(Func<ISubgraphSeeder>? seeder = null) : SubgraphModule
{
    public override string Name => "kitsample";

    public override void ConfigureGraphQL(IGraphQLBuilder graphql) =>
        graphql.AddSchema<SampleSchema>().AddGraphTypes(typeof(SampleModule).Assembly);

    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => seeder?.Invoke() ?? new SampleSeeder();
}
