using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>The access subgraph on Kestrel, its sample tables seeded with 30 people (the folders).</summary>
public sealed class AccessFixture : SubgraphFixture
{
    public const int People = 30;

    protected override SubgraphModule CreateModule() => new AccessModule();

    protected override SubgraphTestHostOptions CreateOptions() => new() { SeedResidents = People };
}
