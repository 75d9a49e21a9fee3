using System.Text.Json;
using System.Text.Json.Nodes;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>
/// Composes running subgraphs into a supergraph file with <c>@theguild/federation-composition</c>
/// (<c>tests/node/compose-supergraph.mjs</c>), from the SDL each one serves at <c>_service { sdl }</c>
/// and the URL it listens on. All gateways of a run read the same file.
/// </summary>
public static class SupergraphComposer
{
    /// <summary>Composes <paramref name="subgraphs"/> into <paramref name="outputPath"/>.</summary>
    /// <param name="subgraphs">The subgraphs: name and endpoint.</param>
    /// <param name="outputPath">The supergraph file to write.</param>
    /// <param name="cancellationToken">Cancels the composition.</param>
    /// <returns>A task completing when the file is written.</returns>
    /// <exception cref="InvalidOperationException">A subgraph did not serve its SDL, or the composition failed.</exception>
    public static async Task ComposeAsync(IEnumerable<(string Name, Uri Endpoint)> subgraphs, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        var input = new JsonArray();
        foreach (var (name, endpoint) in subgraphs)
        {
            var response = await GraphQLClient.PostAsync(endpoint, GraphQLClient.Body("{ _service { sdl } }"), cancellationToken).ConfigureAwait(false);
            var sdl = response.Body?["data"]?["_service"]?["sdl"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"{name} at {endpoint} did not serve its SDL: {response.Text}");
            input.Add(new JsonObject { ["name"] = name, ["sdl"] = sdl, ["url"] = endpoint.AbsoluteUri });
        }
        var nodeDirectory = await LabPaths.NodeToolsAsync(cancellationToken).ConfigureAwait(false);
        var inputPath = Path.ChangeExtension(outputPath, ".subgraphs.json");
        await File.WriteAllTextAsync(inputPath, input.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
        var result = await ProcessRunner.RunAsync("node", ["compose-supergraph.mjs", Path.GetFullPath(outputPath), Path.GetFullPath(inputPath)], nodeDirectory, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"Composition failed ({result.ExitCode}):\n{result.Error}{result.Output}");
        }
    }
}
