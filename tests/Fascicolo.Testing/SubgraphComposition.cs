using System.Text.Json;

namespace Fascicolo.Testing;

/// <summary>
/// Composes subgraph SDLs with the reference composer, <c>@theguild/federation-composition</c>, run by
/// <c>compose-guild.mjs</c> under node (our own composer is <c>SupergraphComposer</c>, called directly).
/// </summary>
public static class SubgraphComposition
{
    /// <summary>Composes the subgraphs with the reference composer and returns what the script printed.</summary>
    /// <param name="subgraphs">Each subgraph's name and SDL.</param>
    /// <returns>The script's output: <c>publicSdl</c> and <c>supergraphSdl</c>, or <c>errors</c>.</returns>
    /// <exception cref="InvalidOperationException">The script itself failed.</exception>
    public static async Task<JsonDocument> ComposeWithGuildAsync(params (string Name, string Sdl)[] subgraphs)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        var nodeDirectory = await NodeTools.EnsureInstalledAsync().ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("compose-guild-");
        try
        {
            var arguments = new List<string> { "compose-guild.mjs" };
            foreach (var (name, sdl) in subgraphs)
            {
                var path = Path.Combine(folder.FullName, name + ".graphql");
                await File.WriteAllTextAsync(path, sdl).ConfigureAwait(false);
                arguments.Add($"{name}={path}");
            }
            var result = await ProcessRunner.RunAsync("node", arguments, nodeDirectory, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            return result.ExitCode == 0
                ? JsonDocument.Parse(result.Output)
                : throw new InvalidOperationException($"compose-guild.mjs exited with {result.ExitCode}:\n{result.Error}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
