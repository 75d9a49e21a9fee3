using System.Text.Json;
using Fascicolo.Gateway.Composition.Tests.Support;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Composition.Tests.Differential;

/// <summary>The supergraphs we print load in <c>@apollo/gateway</c> (tests/node/load-supergraph-apollo.mjs).</summary>
public sealed class ApolloGatewayLoadTests
{
    [Theory]
    [InlineData("benchmark")]
    [InlineData("features")]
    public async Task Print_Should_LoadInApolloGateway_When_Composed(string corpus)
    {
        var supergraph = SupergraphComposer.Compose(TestData.Subgraphs(corpus)).Supergraph!;
        var directory = await NodeTools.EnsureInstalledAsync();
        var input = Path.Combine(Path.GetTempPath(), $"fascicolo-supergraph-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(input, supergraph.Sdl);
        try
        {
            var run = await ProcessRunner.RunAsync("bash", ["-c", $"node load-supergraph-apollo.mjs < '{input}'"], directory, TimeSpan.FromMinutes(1));
            using var json = JsonDocument.Parse(run.Output);

            Assert.True(json.RootElement.GetProperty("ok").GetBoolean(), run.Output + run.Error);
            var types = json.RootElement.GetProperty("types").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.All(supergraph.TypeList.Where(t => !t.IsInaccessible), t => Assert.Contains(t.Name, types));
        }
        finally
        {
            File.Delete(input);
        }
    }
}
