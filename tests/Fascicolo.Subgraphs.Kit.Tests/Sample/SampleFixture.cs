using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

/// <summary>The sample subgraph on Kestrel with 60 seeded people (three pages of 25).</summary>
public sealed class SampleFixture : SubgraphFixture
{
    public const int People = 60;

    protected override SubgraphModule CreateModule() => new SampleModule();

    protected override SubgraphTestHostOptions CreateOptions() => new() { SeedResidents = People };
}
