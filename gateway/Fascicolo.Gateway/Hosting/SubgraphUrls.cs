using Fascicolo.Gateway.Composition;

namespace Fascicolo.Gateway.Hosting;

/// <summary>Where each subgraph is called: the URL configured for it (<c>Gateway:Subgraphs:&lt;name&gt;</c>), else the supergraph's.</summary>
internal static class SubgraphUrls
{
    /// <param name="supergraph">The loaded supergraph.</param>
    /// <param name="overrides">The configured URLs by subgraph name (case-insensitive).</param>
    /// <param name="warnings">Receives a warning for each override that names no subgraph.</param>
    /// <exception cref="GatewayStartupException">A subgraph has no URL at all.</exception>
    public static IReadOnlyDictionary<string, Uri> Resolve(Supergraph supergraph, IReadOnlyDictionary<string, Uri> overrides, ICollection<string> warnings)
    {
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var subgraph in supergraph.Subgraphs)
        {
            var url = overrides.TryGetValue(subgraph.Name, out var configured) ? configured : subgraph.Url;
            if (url is null || !url.IsAbsoluteUri)
            {
                missing.Add(subgraph.Name);
                continue;
            }

            urls[subgraph.Name] = url;
        }

        if (missing.Count > 0)
        {
            throw new GatewayStartupException(
                $"No URL for subgraph(s) {string.Join(", ", missing)}: the supergraph leaves it empty; set Gateway:Subgraphs:<name> " +
                "(e.g. the environment variable Gateway__Subgraphs__" + missing[0] + "=http://127.0.0.1:4101/graphql).");
        }

        foreach (var name in overrides.Keys)
        {
            if (!supergraph.Subgraphs.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                warnings.Add($"Gateway:Subgraphs:{name} names no subgraph of the supergraph (it has {string.Join(", ", supergraph.Subgraphs.Select(s => s.Name))}); ignored.");
            }
        }

        return urls;
    }
}
