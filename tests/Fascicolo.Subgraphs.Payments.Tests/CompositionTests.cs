using System.Text.Json;
using Fascicolo.Gateway.Composition;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// The payments subgraph's live SDL composes, with our composer and with the reference one
/// (<c>@theguild/federation-composition</c>): alone, next to the registry (its checked-in contract,
/// which the registry's own tests keep equal to its live SDL), and next to a subgraph that points at
/// positions by IUPD the way the taxes subgraph does.
/// </summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class CompositionTests(PaymentsFixture fixture)
{
    private const string TaxesStub = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type PaymentPosition @key(fields: "iupd", resolvable: false) {
          iupd: ID!
        }

        type TaxAssessment @key(fields: "id") {
          id: ID!
          paymentPosition: PaymentPosition
        }

        type Query {
          taxAssessment(id: ID!): TaxAssessment
        }
        """;

    private static readonly string RegistrySdlPath = SchemaContract.PathOf("registry");

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheReferenceComposer_When_PaymentsIsTheOnlySubgraph()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(("payments", await fixture.Host.QueryServiceSdlAsync()));

        AssertComposed(result);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheReferenceComposer_When_NextToTheRegistryAndAPositionReference()
    {
        using var result = await SubgraphComposition.ComposeWithGuildAsync(
            ("payments", await fixture.Host.QueryServiceSdlAsync()),
            ("registry", await File.ReadAllTextAsync(RegistrySdlPath)),
            ("taxes", TaxesStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // Citizen carries both subgraphs' fields; the taxes stub reaches a position's fields.
        Assert.Matches("debtPosition: DebtorPosition(?!!)", publicSdl);
        Assert.Contains("identityDocuments: [IdentityDocument!]!", publicSdl, StringComparison.Ordinal);
        Assert.Contains("paymentOptions: [PaymentOption!]!", publicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistryAndAPositionReference()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("payments", await fixture.Host.QueryServiceSdlAsync()),
            new SubgraphSource("registry", await File.ReadAllTextAsync(RegistrySdlPath)),
            new SubgraphSource("taxes", TaxesStub),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
}
