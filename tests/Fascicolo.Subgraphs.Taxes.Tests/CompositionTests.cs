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

    private static readonly string RegistrySdl = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "registry.graphql"));

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_TaxesIsTheOnlySubgraph()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("taxes", await QuerySdlAsync())]);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithOurComposer_When_TheOwnersOfItsReferencesAreThere()
    {
        var result = SupergraphComposer.Compose(
        [
            new SubgraphSource("taxes", await QuerySdlAsync()),
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
        AssertComposed(await ComposeWithGuildAsync(("taxes", await QuerySdlAsync())));
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheGuildComposer_When_TheOwnersOfItsReferencesAreThere()
    {
        using var result = await ComposeWithGuildAsync(
            ("taxes", await QuerySdlAsync()), ("registry", RegistrySdl), ("territory", TerritoryStub), ("payments", PaymentsStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        Assert.Contains("taxPosition(", publicSdl, StringComparison.Ordinal);
        Assert.Contains("category: String", publicSdl, StringComparison.Ordinal);
        Assert.Contains("status: String", publicSdl, StringComparison.Ordinal);
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");

    private async Task<string> QuerySdlAsync()
    {
        using var response = await fixture.Host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    private static async Task<JsonDocument> ComposeWithGuildAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var nodeDirectory = await NodeTools.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("taxes-compose-");
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
