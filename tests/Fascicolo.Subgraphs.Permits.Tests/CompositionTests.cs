using System.Text.Json;
using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>
/// The permits live SDL composes, with our composer (<c>Fascicolo.Gateway.Composition</c>) and the
/// reference one (<c>@theguild/federation-composition</c>): alone, and next to the registry's checked-in
/// SDL and subgraphs that own <c>Building</c> and <c>PaymentPosition</c> the way territory and payments will.
/// </summary>
public sealed class CompositionTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
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

    private static readonly string RegistrySdlPath = SchemaContract.PathOf("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_PermitsIsTheOnlySubgraph()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("permits", await fixture.Host.QueryServiceSdlAsync())]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistryAndTheOwnersOfItsStubs()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("permits", await fixture.Host.QueryServiceSdlAsync()),
            new SubgraphSource("registry", await File.ReadAllTextAsync(RegistrySdlPath)),
            new SubgraphSource("territory", TerritoryStub),
            new SubgraphSource("payments", PaymentsStub),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_PermitsIsTheOnlySubgraph()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("permits", await fixture.Host.QueryServiceSdlAsync()));

        AssertComposed(result);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_NextToTheRegistryAndTheOwnersOfItsStubs()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(
            ("permits", await fixture.Host.QueryServiceSdlAsync()),
            ("registry", await File.ReadAllTextAsync(RegistrySdlPath)),
            ("territory", TerritoryStub),
            ("payments", PaymentsStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // Citizen merges the registry's identity with the procedures and businesses added here.
        Assert.Matches(@"companies: \[Company!\](?!!)", publicSdl);
        Assert.Contains("surname: String!", publicSdl, StringComparison.Ordinal);
        Assert.Contains("paymentPosition: PaymentPosition!", publicSdl, StringComparison.Ordinal);
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
}
