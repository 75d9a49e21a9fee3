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
        var result = await ComposeAsync(("registry", await QuerySdlAsync()));

        AssertComposed(result);
    }

    [Fact]
    public async Task ServiceSdl_Should_ComposeWithTheBuildingOwner_When_ATerritorySubgraphResolvesBuilding()
    {
        var result = await ComposeAsync(("registry", await QuerySdlAsync()), ("territory", TerritoryStub));

        AssertComposed(result);
        var publicSdl = result.RootElement.GetProperty("publicSdl").GetString()!;
        Assert.Contains("constructionYear: Int", publicSdl, StringComparison.Ordinal);
        Assert.Contains("building: Building!", publicSdl, StringComparison.Ordinal);
    }

    private static void AssertComposed(JsonDocument result) =>
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), $"Composition failed: {errors}");

    private async Task<string> QuerySdlAsync()
    {
        using var response = await fixture.Host.QueryAsync("{ _service { sdl } }");
        return response.Data().GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    private static async Task<JsonDocument> ComposeAsync(params (string Name, string Sdl)[] subgraphs)
    {
        var nodeDirectory = await NodeTools.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("registry-compose-");
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
