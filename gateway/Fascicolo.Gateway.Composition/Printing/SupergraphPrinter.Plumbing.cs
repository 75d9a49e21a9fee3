using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// The definitions of the join and link specs, the join__Graph enum, and the linked specs' directives.
public static partial class SupergraphPrinter
{
    private const string AllLocations = "FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

    private static void PrintPlumbing(SdlBuilder sdl, Supergraph supergraph, string joinVersion)
    {
        var v05 = joinVersion == "v0.5";
        var fieldArguments = "graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean"
            + (joinVersion is "v0.4" or "v0.5" ? ", overrideLabel: String" : string.Empty)
            + (v05 ? ", contextArguments: [join__ContextArgument!]" : string.Empty);
        if (v05)
        {
            Block(sdl, "directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION");
        }

        Block(sdl, "directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE");
        Block(sdl, $"directive @join__field({fieldArguments}) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION");
        Block(sdl, "directive @join__graph(name: String!, url: String!) on ENUM_VALUE");
        Block(sdl, "directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE");
        Block(sdl, "directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR");
        Block(sdl, "directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION");
        Block(sdl, "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA");
        PrintSpecDefinitions(sdl, supergraph);
        if (v05)
        {
            Block(sdl, "input join__ContextArgument {\n  name: String!\n  type: String!\n  context: String!\n  selection: join__FieldValue!\n}");
            Block(sdl, "scalar join__DirectiveArguments");
        }

        Block(sdl, "scalar join__FieldSet");
        if (v05)
        {
            Block(sdl, "scalar join__FieldValue");
        }

        sdl.Line("enum join__Graph {");
        foreach (var subgraph in supergraph.Subgraphs)
        {
            var url = subgraph.Url?.OriginalString ?? string.Empty;
            sdl.Line($"  {subgraph.GraphEnumValue} @join__graph(name: {DirectiveValues.FormatString(subgraph.Name)}, url: {DirectiveValues.FormatString(url)})");
        }

        sdl.Line("}");
        sdl.Line();
        Block(sdl, "scalar link__Import");
        Block(sdl, "enum link__Purpose {\n  \"\"\"`SECURITY` features provide metadata necessary to securely resolve fields.\"\"\"\n  SECURITY\n\n  \"\"\"`EXECUTION` features provide metadata necessary for operation execution.\"\"\"\n  EXECUTION\n}");
    }

    private static void PrintSpecDefinitions(SdlBuilder sdl, Supergraph supergraph)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in supergraph.SpecDefinitions)
        {
            Block(sdl, SdlText.Print(definition).TrimEnd());
            if (definition is GraphQLDirectiveDefinition directive)
            {
                printed.Add(directive.Name.StringValue);
            }
        }

        foreach (var link in supergraph.Links)
        {
            if (LinkedSpec.ParseUrl(link.Url) is not { } parsed)
            {
                continue;
            }

            var spec = new LinkedSpec(link.Url, parsed.Identity, parsed.Name, parsed.Version, link.As, link.Purpose, link.Imports);
            if (spec.Identity == LinkedSpecs.InaccessibleIdentity && printed.Add(spec.DirectiveName("inaccessible")))
            {
                Block(sdl, $"directive @{spec.DirectiveName("inaccessible")} on {AllLocations}");
            }
            else if (spec.Identity == LinkedSpecs.TagIdentity && printed.Add(spec.DirectiveName("tag")))
            {
                Block(sdl, $"directive @{spec.DirectiveName("tag")}(name: String!) repeatable on {AllLocations} | SCHEMA");
            }
        }
    }

    private static void Block(SdlBuilder sdl, string text)
    {
        sdl.Line(text);
        sdl.Line();
    }
}
