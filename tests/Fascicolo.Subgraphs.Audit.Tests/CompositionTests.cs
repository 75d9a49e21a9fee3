using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>
/// The audit subgraph's live SDL composes next to the registry's checked-in SDL (which owns
/// <c>Citizen</c>), with our composer and the reference one (<c>@theguild/federation-composition</c>).
/// </summary>
[Collection(AuditSubgraph.Name)]
public sealed class CompositionTests(AuditFixture fixture)
{
    private static readonly string RegistrySdl = SchemaContract.Read("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistry()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("registry", RegistrySdl),
            new SubgraphSource("audit", await fixture.Host.QueryServiceSdlAsync()),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_NextToTheRegistry()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", RegistrySdl), ("audit", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // The citizen carries the registry's fields and the access log.
        Assert.Contains("identityDocuments: [IdentityDocument!]!", publicSdl, StringComparison.Ordinal);
        Assert.Matches(@"\): AccessLogConnection(?!!)", publicSdl);
        Assert.Contains("type AccessLogOffice", publicSdl, StringComparison.Ordinal);
    }
}
