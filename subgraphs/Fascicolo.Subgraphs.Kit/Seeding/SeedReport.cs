using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>The JSON file written by <c>seed --report FILE</c>, for build scripts (e.g. the demo personas of <c>up</c>).</summary>
internal static class SeedReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the report of <paramref name="record"/> to <paramref name="path"/>, if a path was given.</summary>
    public static async Task WriteAsync(string? path, SubgraphModule module, SeedRecord record, bool alreadySeeded, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }
        var report = new JsonObject
        {
            ["subgraph"] = module.Name,
            ["residents"] = record.Residents,
            ["seed"] = record.Seed,
            ["alreadySeeded"] = alreadySeeded,
            ["seededAt"] = record.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["elapsedSeconds"] = record.ElapsedSeconds,
            ["rowsPerTable"] = record.RowsPerTableJson is null ? null : JsonNode.Parse(record.RowsPerTableJson),
            ["details"] = record.DetailsJson is null ? null : JsonNode.Parse(record.DetailsJson),
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        await File.WriteAllTextAsync(path, report.ToJsonString(Indented), cancellationToken).ConfigureAwait(false);
    }
}
