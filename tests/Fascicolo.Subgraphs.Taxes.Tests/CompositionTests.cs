using System.Text.Json;
using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// The taxes subgraph's live SDL composes, with our composer (<c>Fascicolo.Gateway.Composition</c>)
/// and with the reference one (<c>@theguild/federation-composition</c>): alone, and with the
/// registry (owner of <c>Citizen</c>) and stand-ins for the owners of <c>CadastralUnit</c> and
/// <c>PaymentPosition</c>.
/// </summary>
[Collection(TaxesTestGroup.Name)]
public sealed class CompositionTests(TaxesFixture fixture)
{
    private const string TerritoryStub = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type CadastralUnit @key(fields: "id") {
          id: ID!
          category: String
        }

        type Query {
          cadastralUnit(id: ID!): CadastralUnit
        }
        """;

    private const string PaymentsStub = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type PaymentPosition @key(fields: "iupd") {
          iupd: ID!
          status: String
        }

        type Query {
          paymentPosition(iupd: ID!): PaymentPosition
        }
        """;

    private static readonly string RegistrySdl = SchemaContract.Read("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_TaxesIsTheOnlySubgraph()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("taxes", await fixture.Host.QueryServiceSdlAsync())]);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_TheOwnersOfItsReferencesAreThere()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("taxes", await fixture.Host.QueryServiceSdlAsync()),
            new SubgraphSource("registry", RegistrySdl),
            new SubgraphSource("territory", TerritoryStub),
            new SubgraphSource("payments", PaymentsStub),
        ]);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        var api = result.Supergraph!.ApiSchemaSdl;
        Assert.Contains("taxPosition(", api, StringComparison.Ordinal);
        Assert.Contains("identityDocuments:", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_TaxesIsTheOnlySubgraph()
    {
        AssertComposed(await SubgraphComposition.ComposeWithGuildAsync(("taxes", await fixture.Host.QueryServiceSdlAsync())));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_TheOwnersOfItsReferencesAreThere()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(
            ("taxes", await fixture.Host.QueryServiceSdlAsync()), ("registry", RegistrySdl), ("territory", TerritoryStub), ("payments", PaymentsStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        Assert.Contains("taxPosition(", publicSdl, StringComparison.Ordinal);
        Assert.Contains("category: String", publicSdl, StringComparison.Ordinal);
        Assert.Contains("status: String", publicSdl, StringComparison.Ordinal);
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
}
