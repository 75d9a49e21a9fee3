using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Builds the client-facing schema of a supergraph: every accessible element, no join or link
/// plumbing, no directives of the specs.apollo.dev specs (<c>@tag</c>, <c>@inaccessible</c>, …);
/// composed and other custom directives stay, with their definitions.
/// </summary>
/// <remarks>See <see href="https://specs.apollo.dev/inaccessible/v0.2/"/>.</remarks>
internal static class ApiSchemaBuilder
{
    public static string BuildSdl(Supergraph supergraph)
    {
        var sdl = new SdlBuilder();
        var printer = new ApiTypePrinter(supergraph);
        if (supergraph.QueryType != "Query" || supergraph.MutationType is not (null or "Mutation") || supergraph.SubscriptionType is not (null or "Subscription"))
        {
            sdl.Line("schema {");
            sdl.Line($"  query: {supergraph.QueryType}");
            WriteRoot(sdl, "mutation", supergraph.MutationType);
            WriteRoot(sdl, "subscription", supergraph.SubscriptionType);
            sdl.Line("}");
            sdl.Line();
        }

        foreach (var definition in supergraph.DirectiveDefinitions.Where(d => !printer.IsSpecDirective(d.Name.StringValue)))
        {
            sdl.Line(SdlText.Print(definition).TrimEnd());
            sdl.Line();
        }

        foreach (var type in supergraph.TypeList.Where(t => !t.IsInaccessible))
        {
            printer.Print(sdl, type, printer.IsVisible);
            sdl.Line();
        }

        return sdl.ToString().TrimEnd() + "\n";
    }

    public static GraphQLDocument Build(Supergraph supergraph) =>
        Parser.Parse(supergraph.ApiSchemaSdl, new ParserOptions { Ignore = IgnoreOptions.All });

    private static void WriteRoot(SdlBuilder sdl, string operation, string? type)
    {
        if (type is not null)
        {
            sdl.Line($"  {operation}: {type}");
        }
    }

    private sealed class ApiTypePrinter(Supergraph supergraph) : TypePrinter
    {
        private readonly LinkedSpec[] _specs = [.. supergraph.Links
            .Where(l => l.Url.Contains("//specs.apollo.dev/", StringComparison.Ordinal))
            .Select(l => LinkedSpec.ParseUrl(l.Url) is { } p ? new LinkedSpec(l.Url, p.Identity, p.Name, p.Version, l.As, l.Purpose, l.Imports) : null)
            .OfType<LinkedSpec>()];

        public bool IsVisible(string typeName) =>
            !supergraph.TryGetType(typeName, out var type) || !type.IsInaccessible;

        public bool IsSpecDirective(string name) =>
            name is "inaccessible" or "tag" || _specs.Any(s => s.Owns(name, isDirective: true));

        protected override bool Includes(SupergraphType type) => !type.IsInaccessible;

        protected override bool Includes(SupergraphField field) => !field.IsInaccessible;

        protected override bool Includes(SupergraphArgument argument) => !argument.IsInaccessible;

        protected override bool Includes(SupergraphEnumValue value) => !value.IsInaccessible;

        protected override IEnumerable<string> DirectivesOf(SupergraphType type) => Kept(type.Directives, null);

        protected override IEnumerable<string> DirectivesOf(SupergraphField field) => Kept(field.Directives, field.DeprecationReason);

        protected override IEnumerable<string> DirectivesOf(SupergraphArgument argument, SupergraphType? inputObject) =>
            Kept(argument.Directives, argument.DeprecationReason);

        protected override IEnumerable<string> DirectivesOf(SupergraphEnumValue value) => Kept(value.Directives, value.DeprecationReason);

        private IEnumerable<string> Kept(IReadOnlyList<GraphQLDirective> directives, string? deprecation)
        {
            if (deprecation is not null)
            {
                yield return Deprecated(deprecation);
            }

            foreach (var directive in directives)
            {
                if (!IsSpecDirective(directive.Name.StringValue))
                {
                    yield return SdlBuilder.Directive(directive);
                }
            }
        }
    }
}
