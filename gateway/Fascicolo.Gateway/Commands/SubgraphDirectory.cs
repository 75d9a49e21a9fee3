using System.Text.Json;
using Fascicolo.Gateway.Composition;

namespace Fascicolo.Gateway.Commands;

/// <summary>
/// A folder of subgraph schemas: one <c>&lt;name&gt;.graphql</c> per subgraph and <c>subgraphs.json</c>
/// mapping each name to its URL (<c>{"registry": "http://127.0.0.1:4101/graphql"}</c>). Composing it
/// gives the checked-in supergraph.
/// </summary>
internal static class SubgraphDirectory
{
    /// <summary>The file with the subgraphs' URLs.</summary>
    public const string UrlsFile = "subgraphs.json";

    /// <summary>Reads and composes the folder.</summary>
    /// <exception cref="InvalidDataException">The folder, a file or <c>subgraphs.json</c> is missing or malformed.</exception>
    public static CompositionResult Compose(string directory) => SupergraphComposer.Compose(Read(directory));

    /// <summary>The subgraphs of the folder, sorted by name.</summary>
    /// <exception cref="InvalidDataException">The folder, a file or <c>subgraphs.json</c> is missing or malformed.</exception>
    public static IReadOnlyList<SubgraphSource> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"The subgraph folder '{directory}' does not exist.");
        }

        var urls = ReadUrls(Path.Combine(directory, UrlsFile));
        var files = Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal).ToList();
        var sources = new List<SubgraphSource>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!urls.TryGetValue(name, out var url))
            {
                throw new InvalidDataException($"{UrlsFile} in '{directory}' has no URL for subgraph \"{name}\" ({Path.GetFileName(file)}).");
            }

            sources.Add(new SubgraphSource(name, File.ReadAllText(file), url));
        }

        var orphans = urls.Keys.Where(name => !sources.Any(s => s.Name == name)).ToList();
        if (orphans.Count > 0)
        {
            throw new InvalidDataException($"{UrlsFile} in '{directory}' names subgraph(s) without a schema file: {string.Join(", ", orphans.Select(n => n + ".graphql"))}.");
        }

        return sources;
    }

    private static Dictionary<string, Uri> ReadUrls(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' does not exist: it maps each subgraph name to its URL.");
        }

        Dictionary<string, string>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"'{path}' must be a JSON object of subgraph names to URLs: {exception.Message}", exception);
        }

        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var (name, text) in entries ?? [])
        {
            urls[name] = Uri.TryCreate(text, UriKind.Absolute, out var url)
                ? url
                : throw new InvalidDataException($"'{path}': the URL of subgraph \"{name}\" is not an absolute URL: '{text}'.");
        }

        return urls;
    }
}
