using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>The specs a schema links, read from the <c>@link</c> (or <c>@core</c>) directives on its schema definition and extensions.</summary>
internal sealed class LinkedSpecs
{
    /// <summary>The identity of the link spec.</summary>
    public const string LinkIdentity = "https://specs.apollo.dev/link";

    /// <summary>The identity of the join spec.</summary>
    public const string JoinIdentity = "https://specs.apollo.dev/join";

    /// <summary>The identity of the federation spec.</summary>
    public const string FederationIdentity = "https://specs.apollo.dev/federation";

    /// <summary>The identity of the inaccessible spec.</summary>
    public const string InaccessibleIdentity = "https://specs.apollo.dev/inaccessible";

    /// <summary>The identity of the tag spec.</summary>
    public const string TagIdentity = "https://specs.apollo.dev/tag";

    /// <summary>The identity of the legacy core spec.</summary>
    public const string CoreIdentity = "https://specs.apollo.dev/core";

    private LinkedSpecs(List<LinkedSpec> specs, string linkDirective) => (All, LinkDirective) = (specs, linkDirective);

    /// <summary>Every linked spec, in order.</summary>
    public IReadOnlyList<LinkedSpec> All { get; }

    /// <summary>The local name of the <c>@link</c> directive itself (<c>link</c> unless renamed), or <c>core</c> for legacy schemas.</summary>
    public string LinkDirective { get; }

    /// <summary>The spec with that identity, or <see langword="null"/>.</summary>
    public LinkedSpec? Find(string identity) => All.FirstOrDefault(s => s.Identity == identity);

    /// <summary>Whether a directive name belongs to some linked spec.</summary>
    public bool OwnsDirective(string name) => name == LinkDirective || All.Any(s => s.Owns(name, isDirective: true));

    /// <summary>Whether a type name belongs to some linked spec.</summary>
    public bool OwnsType(string name) => All.Any(s => s.Owns(name, isDirective: false));

    /// <summary>Reads the links of the schema definition and extensions of a document.</summary>
    public static LinkedSpecs Read(GraphQLDocument document)
    {
        var directives = document.Definitions
            .Select(d => d switch
            {
                GraphQLSchemaDefinition def => def.Directives,
                GraphQLSchemaExtension ext => ext.Directives,
                _ => null,
            })
            .Where(d => d is not null)
            .SelectMany(d => d!.Items)
            .ToList();
        return Read(directives);
    }

    /// <summary>Reads the links among schema directives.</summary>
    public static LinkedSpecs Read(IReadOnlyList<GraphQLDirective> schemaDirectives)
    {
        // The link spec may itself be renamed (@link(url: ".../link/v1.0", as: "l")): find its own name first.
        var linkName = "link";
        foreach (var directive in schemaDirectives)
        {
            var url = DirectiveValues.String(directive, "url") ?? DirectiveValues.String(directive, "feature");
            var parsed = url is null ? null : LinkedSpec.ParseUrl(url);
            if (parsed is { } p && (p.Identity == LinkIdentity || p.Identity == CoreIdentity))
            {
                linkName = DirectiveValues.String(directive, "as") ?? p.Name;
            }
        }

        var specs = new List<LinkedSpec>();
        foreach (var directive in schemaDirectives.Where(d => d.Name.StringValue == linkName))
        {
            var url = DirectiveValues.String(directive, "url") ?? DirectiveValues.String(directive, "feature");
            if (url is null || LinkedSpec.ParseUrl(url) is not { } parsed)
            {
                continue;
            }

            var purpose = DirectiveValues.EnumOrString(directive, "for");
            specs.Add(new LinkedSpec(url, parsed.Identity, parsed.Name, parsed.Version, DirectiveValues.String(directive, "as"), purpose, ReadImports(directive)));
        }

        return new LinkedSpecs(specs, linkName);
    }

    private static List<SpecImport> ReadImports(GraphQLDirective directive)
    {
        var imports = new List<SpecImport>();
        if (DirectiveValues.Argument(directive, "import") is not GraphQLListValue { Values: { } values })
        {
            return imports;
        }

        foreach (var value in values)
        {
            if (value is GraphQLStringValue s)
            {
                imports.Add(new SpecImport(s.Value.ToString(), null));
            }
            else if (value is GraphQLObjectValue obj && DirectiveValues.Field(obj, "name") is GraphQLStringValue name)
            {
                imports.Add(new SpecImport(name.Value.ToString(), (DirectiveValues.Field(obj, "as") as GraphQLStringValue)?.Value.ToString()));
            }
        }

        return imports;
    }
}
