using Fascicolo.Gateway.Composition.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Composition.Tests.Differential;

/// <summary>Our composer against <c>@theguild/federation-composition</c>: the same API schema, and each reads the other's supergraph.</summary>
public sealed class DifferentialCompositionTests
{
    public static TheoryData<string> Corpora => ["benchmark", "features", "federation1"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Compose_Should_ProduceGuildApiSchema_When_SameSubgraphs(string corpus)
    {
        var subgraphs = TestData.Subgraphs(corpus);

        await AssertSameApiSchemaAsync(subgraphs);
    }

    [Fact]
    public async Task Compose_Should_ProduceGuildApiSchema_When_RepositorySubgraphs()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            return; // Nothing checked in yet: the registry subgraph's SDL lands there later.
        }

        await AssertSameApiSchemaAsync([.. files.Select(f => new SubgraphSource(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), new Uri($"http://{Path.GetFileNameWithoutExtension(f)}.local/graphql")))]);
    }

    private static async Task AssertSameApiSchemaAsync(IReadOnlyList<SubgraphSource> subgraphs)
    {
        var ours = SupergraphComposer.Compose(subgraphs);
        var guild = await GuildComposer.ComposeAsync(subgraphs);

        Assert.True(ours.IsSuccess, string.Join("\n", ours.Errors));
        Assert.True(guild.Errors.Count == 0, string.Join("\n", guild.Errors));
        Assert.Equal(ApiSchemaNormalizer.Normalize(guild.PublicSdl!), ApiSchemaNormalizer.Normalize(ours.Supergraph!.ApiSchemaSdl));
        // Each side reads the other's supergraph to the same API schema.
        Assert.Equal(
            ApiSchemaNormalizer.Normalize(ours.Supergraph.ApiSchemaSdl),
            ApiSchemaNormalizer.Normalize(SupergraphReader.Read(guild.SupergraphSdl!).ApiSchemaSdl));
    }
}
