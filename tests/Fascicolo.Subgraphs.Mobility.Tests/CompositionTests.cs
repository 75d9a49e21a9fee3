using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// The mobility subgraph's live SDL composes with the registry's checked-in SDL (which owns
/// <c>Citizen</c>) and a payments stand-in (which owns <c>PaymentPosition</c>), with our composer
/// (Fascicolo.Gateway.Composition) and the reference one (<c>@theguild/federation-composition</c>).
/// </summary>
[Collection(SeededMobility.Name)]
public sealed class CompositionTests(MobilityFixture fixture)
{
    private const string PaymentsStub = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type PaymentPosition @key(fields: "iupd") {
          iupd: ID!
          status: String!
        }

        type Query {
          paymentPosition(iupd: ID!): PaymentPosition
        }
        """;

    private static readonly string RegistrySdl = SchemaContract.Read("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistryAndPayments()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("registry", RegistrySdl),
            new SubgraphSource("mobility", await fixture.Host.QueryServiceSdlAsync()),
            new SubgraphSource("payments", PaymentsStub),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_NextToTheRegistryAndPayments()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("registry", RegistrySdl), ("mobility", await fixture.Host.QueryServiceSdlAsync()), ("payments", PaymentsStub));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // The citizen carries the registry's fields and this subgraph's.
        Assert.Contains("identityDocuments: [IdentityDocument!]!", publicSdl, StringComparison.Ordinal);
        Assert.Matches(@"vehicles: \[Vehicle!\](?!!)", publicSdl);
        Assert.Contains("status: String!", publicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_ItIsTheOnlySubgraph()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("mobility", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
    }
}
