namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Prints a supergraph in the Apollo Federation 2 join format (link v1.0, join v0.3, or v0.4/v0.5
/// when the graph uses override labels or <c>@join__directive</c>), which <c>@apollo/gateway</c>,
/// Hive Gateway and <see cref="SupergraphReader"/> read.
/// </summary>
/// <remarks>See <see href="https://specs.apollo.dev/join/v0.3/"/>.</remarks>
public static partial class SupergraphPrinter
{
    /// <summary>Prints the supergraph.</summary>
    public static string Print(Supergraph supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        var joinVersion = JoinVersion(supergraph);
        var sdl = new SdlBuilder();
        PrintSchema(sdl, supergraph, joinVersion);
        PrintPlumbing(sdl, supergraph, joinVersion);
        foreach (var definition in supergraph.DirectiveDefinitions)
        {
            sdl.Line(SdlText.Print(definition).TrimEnd());
            sdl.Line();
        }

        var printer = new JoinTypePrinter(supergraph);
        foreach (var type in supergraph.TypeList)
        {
            printer.Print(sdl, type, _ => true);
            sdl.Line();
        }

        return sdl.ToString().TrimEnd() + "\n";
    }

    private static string JoinVersion(Supergraph supergraph)
    {
        var fields = supergraph.TypeList.SelectMany(t => t.Fields).ToList();
        if (supergraph.JoinDirectives.Count > 0 || supergraph.TypeList.Any(t => t.JoinDirectives.Count > 0) || fields.Any(f => f.JoinDirectives.Count > 0))
        {
            return "v0.5";
        }

        return fields.Any(f => f.Sources.Any(s => s.OverrideLabel is not null)) ? "v0.4" : "v0.3";
    }

    private static void PrintSchema(SdlBuilder sdl, Supergraph supergraph, string joinVersion)
    {
        sdl.Line("schema");
        sdl.Line("  @link(url: \"https://specs.apollo.dev/link/v1.0\")");
        sdl.Line($"  @link(url: \"https://specs.apollo.dev/join/{joinVersion}\", for: EXECUTION)");
        foreach (var link in supergraph.Links)
        {
            sdl.Line("  " + LinkDirective(link));
        }

        foreach (var directive in supergraph.JoinDirectives)
        {
            sdl.Line("  " + JoinTypePrinter.JoinDirective(supergraph, directive));
        }

        sdl.Line("{");
        sdl.Line($"  query: {supergraph.QueryType}");
        if (supergraph.MutationType is { } mutation)
        {
            sdl.Line($"  mutation: {mutation}");
        }

        if (supergraph.SubscriptionType is { } subscription)
        {
            sdl.Line($"  subscription: {subscription}");
        }

        sdl.Line("}");
        sdl.Line();
    }

    private static string LinkDirective(SpecLink link)
    {
        var text = $"@link(url: {DirectiveValues.FormatString(link.Url)}";
        if (link.As is not null)
        {
            text += $", as: {DirectiveValues.FormatString(link.As)}";
        }

        if (link.Imports.Count > 0)
        {
            var imports = link.Imports.Select(i => i.As is null
                ? DirectiveValues.FormatString(i.Name)
                : $"{{name: {DirectiveValues.FormatString(i.Name)}, as: {DirectiveValues.FormatString(i.As)}}}");
            text += $", import: [{string.Join(", ", imports)}]";
        }

        if (link.Purpose is not null)
        {
            text += $", for: {link.Purpose}";
        }

        return text + ")";
    }
}
