using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>
/// The territory's live SDL composes with the registry's checked-in contract, with our composer
/// (<c>Fascicolo.Gateway.Composition</c>) and the reference one (<c>@theguild/federation-composition</c>):
/// the registry's <c>Building</c> stub meets its owner here, and both sides of <c>Citizen</c> merge.
/// </summary>
public sealed class CompositionTests(TerritoryFixture fixture) : IClassFixture<TerritoryFixture>
{
    private static readonly string RegistryContract = SchemaContract.PathOf("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheRegistry_When_ComposedByOurComposer()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("registry", await File.ReadAllTextAsync(RegistryContract)),
            new SubgraphSource("territory", await fixture.Host.QueryServiceSdlAsync()),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeAlone_When_ComposedByOurComposer()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("territory", await fixture.Host.QueryServiceSdlAsync())]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheRegistry_When_ComposedByTheReferenceComposer()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", await File.ReadAllTextAsync(RegistryContract)), ("territory", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // The residence's building (registry) now has the territory's fields, and the citizen both sides'.
        Assert.Contains("constructionYear: Int!", publicSdl, StringComparison.Ordinal);
        Assert.Matches(@"properties: \[CadastralUnit!\](?!!)", publicSdl);
        Assert.Contains("identityDocuments: [IdentityDocument!]!", publicSdl, StringComparison.Ordinal);
    }
}
