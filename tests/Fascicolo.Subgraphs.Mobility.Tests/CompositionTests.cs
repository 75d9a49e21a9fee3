using System.Text.Json;
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

    private static readonly string RegistrySdl = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "registry.graphql"));

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_NextToTheRegistryAndPayments()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("registry", RegistrySdl),
            new SubgraphSource("mobility", await fixture.QuerySdlAsync()),
            new SubgraphSource("payments", PaymentsStub),
        ]);

        Assert.True(result.IsSuccess, "Composition failed:\n" + string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_NextToTheRegistryAndPayments()
    {
        using var result = await ComposeWithGuildAsync(("registry", RegistrySdl), ("mobility", await fixture.QuerySdlAsync()), ("payments", PaymentsStub));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        // The citizen carries the registry's fields and this subgraph's.
        Assert.Contains("identityDocuments: [IdentityDocument!]!", publicSdl, StringComparison.Ordinal);
        Assert.Contains("vehicles: [Vehicle!]!", publicSdl, StringComparison.Ordinal);
        Assert.Contains("status: String!", publicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_ItIsTheOnlySubgraph()
    {
        using var result = await ComposeWithGuildAsync(("mobility", await fixture.QuerySdlAsync()));

        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");
    }

    private static async Task<JsonDocument> ComposeWithGuildAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var nodeDirectory = await NodeTools.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("mobility-compose-");
        try
        {
            var arguments = new List<string> { "compose-guild.mjs" };
            foreach (var (name, sdl) in subgraphs)
            {
                var path = Path.Combine(folder.FullName, name + ".graphql");
                await File.WriteAllTextAsync(path, sdl);
                arguments.Add($"{name}={path}");
            }
            var result = await ProcessRunner.RunAsync("node", arguments, nodeDirectory, TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, $"compose-guild.mjs exited with {result.ExitCode}:\n{result.Error}");
            return JsonDocument.Parse(result.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
