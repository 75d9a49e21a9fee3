using Fascicolo.Subgraphs.Kit.Tests.Sample;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// A small subgraph with every kind of guarded field: personal fields of a citizen (own department,
/// any department, another department, open to guardians, non-null), a household read through an
/// asynchronous subject lookup, folders whose subjects come from a DataLoader, public fields and
/// role-restricted mutations. Its migrations are the sample subgraph's (the same assembly).
/// </summary>
public sealed class AccessModule : SubgraphModule
{
    public const string ModuleName = "kitaccess";

    public override string Name => ModuleName;

    public override void ConfigureGraphQL(IGraphQLBuilder graphql) =>
        graphql.AddSchema<AccessSchema>().AddGraphTypes(typeof(AccessModule).Assembly).AddPersonalData();

    public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new SampleSeeder();
}

public sealed class AccessSchema : Schema
{
    public AccessSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<AccessQuery>();
        Mutation = services.GetRequiredService<AccessMutation>();
    }
}
