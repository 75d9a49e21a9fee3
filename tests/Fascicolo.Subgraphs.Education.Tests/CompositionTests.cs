using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Education.Tests;

/// <summary>
/// The live education SDL composes with the registry's checked-in SDL (and with subgraphs owning
/// <c>Building</c> and <c>PaymentPosition</c> the way territory and payments will), both with our
/// composer and with the reference one (<c>@theguild/federation-composition</c>).
/// </summary>
[Collection(SeededEducation.Name)]
public sealed class CompositionTests(EducationFixture fixture)
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
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistryAndTheOwnersOfItsStubs()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("registry", RegistrySdl),
            new SubgraphSource("education", await fixture.Host.QueryServiceSdlAsync()),
            new SubgraphSource("territory", TerritoryStub),
            new SubgraphSource("payments", PaymentsStub),
        ]);

        Assert.True(result.IsSuccess, "Composition failed: " + string.Join("\n", result.Errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_NextToTheRegistryAndTheOwnersOfItsStubs()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(
            ("registry", RegistrySdl), ("education", await fixture.Host.QueryServiceSdlAsync()), ("territory", TerritoryStub), ("payments", PaymentsStub));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // The citizen now carries the registry's fields and the enrolments, which is how a parent reaches a child's.
        Assert.Contains("enrolments(", publicSdl, StringComparison.Ordinal);
        Assert.Contains("identityDocuments:", publicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_ItIsTheOnlySubgraph()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("education", await fixture.Host.QueryServiceSdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
    }
}
