using System.Text;

namespace Fascicolo.Gateway.Planning.Tests.Support;

/// <summary>Supergraph SDL in the Apollo join format, written inline by the tests.</summary>
internal static class Supergraphs
{
    /// <summary>
    /// Wraps type definitions (with their <c>@join__*</c> directives, as a composer writes them) in the
    /// join v0.3 header: the schema <c>@link</c>s and the <c>join__Graph</c> enum of the named subgraphs.
    /// </summary>
    /// <param name="subgraphs">Subgraph names, comma-separated; the enum value is the upper-cased name.</param>
    /// <param name="types">The types.</param>
    /// <param name="links">More schema <c>@link</c>s, e.g. the inaccessible spec.</param>
    public static string Join(string subgraphs, string types, string links = "")
    {
        var sdl = new StringBuilder();
        sdl.AppendLine($$"""schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) {{links}} { query: Query """)
            .AppendLine(types.Contains("type Mutation", StringComparison.Ordinal) ? "mutation: Mutation }" : "}")
            .AppendLine("enum join__Graph {");
        foreach (var name in subgraphs.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            sdl.AppendLine($"""  {name.ToUpperInvariant()} @join__graph(name: "{name}", url: "http://{name}")""");
        }

        return sdl.AppendLine("}").AppendLine(types).ToString();
    }
}
