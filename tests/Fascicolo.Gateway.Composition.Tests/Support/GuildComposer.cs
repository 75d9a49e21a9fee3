using System.Text.Json;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Composition.Tests.Support;

/// <summary>Runs <c>@theguild/federation-composition</c> through <c>tests/node/compose-guild.mjs</c>.</summary>
internal static class GuildComposer
{
    public sealed record Result(string? SupergraphSdl, string? PublicSdl, IReadOnlyList<(string Message, string? Code)> Errors);

    public static async Task<Result> ComposeAsync(IEnumerable<SubgraphSource> subgraphs)
    {
        var directory = await NodeTools.EnsureInstalledAsync();
        var input = Path.Combine(Path.GetTempPath(), $"fascicolo-compose-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(subgraphs.Select(s => new { name = s.Name, sdl = s.Sdl, url = s.Url?.ToString() })));
        try
        {
            // The script reads stdin when given no file arguments; a shell redirect keeps ProcessRunner unchanged.
            var run = await ProcessRunner.RunAsync("bash", ["-c", $"node compose-guild.mjs < '{input}'"], directory, TimeSpan.FromMinutes(1));
            Assert.True(run.ExitCode == 0, $"compose-guild.mjs failed ({run.ExitCode}): {run.Error}");
            using var json = JsonDocument.Parse(run.Output);
            var root = json.RootElement;
            var errors = root.TryGetProperty("errors", out var list)
                ? list.EnumerateArray().Select(e => (e.GetProperty("message").GetString() ?? string.Empty, e.GetProperty("code").GetString())).ToList()
                : [];
            return new Result(
                root.TryGetProperty("supergraphSdl", out var s) ? s.GetString() : null,
                root.TryGetProperty("publicSdl", out var p) ? p.GetString() : null,
                errors);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
