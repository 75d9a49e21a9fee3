using System.Text.Json;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>
/// The registry's live SDL composes with the reference composer (<c>@theguild/federation-composition</c>),
/// alone and next to a subgraph that owns <c>Building</c> the way the territory subgraph will.
/// </summary>
public sealed class CompositionTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    private const string TerritoryStub = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Building @key(fields: "id") {
          id: ID!
          constructionYear: Int
        }

        type Query {
          building(id: ID!): Building
        }
        """;

    [Fact]
    public async Task ServiceSdl_Should_Compose_When_TheRegistryIsTheOnlySubgraph()
    {
        var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", await fixture.Host.QueryServiceSdlAsync()));

        AssertComposed(result);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheBuildingOwner_When_ATerritorySubgraphResolvesBuilding()
    {
        var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", await fixture.Host.QueryServiceSdlAsync()), ("territory", TerritoryStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        Assert.Contains("constructionYear: Int", publicSdl, StringComparison.Ordinal);
        Assert.Contains("building: Building!", publicSdl, StringComparison.Ordinal);
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
}
