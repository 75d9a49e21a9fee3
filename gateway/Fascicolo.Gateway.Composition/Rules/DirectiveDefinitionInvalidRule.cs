using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A subgraph that writes out a federation directive definition must keep it compatible with the
/// spec: the spec's required arguments, no extra required ones, no locations the spec lacks.
/// </summary>
/// <see href="https://www.apollographql.com/docs/graphos/reference/federation/subgraph-spec#subgraph-schema-additions"/>
internal sealed class DirectiveDefinitionInvalidRule : ICompositionRule
{
    public const string ErrorCode = "DIRECTIVE_DEFINITION_INVALID";

    private const string Everywhere = "FIELD_DEFINITION OBJECT INTERFACE UNION ARGUMENT_DEFINITION SCALAR ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION";

    private static readonly Dictionary<string, (string[] Required, string[] Optional, string Locations)> Specs = new(StringComparer.Ordinal)
    {
        ["key"] = (["fields"], ["resolvable"], "OBJECT INTERFACE"),
        ["external"] = ([], ["reason"], "OBJECT FIELD_DEFINITION"),
        ["requires"] = (["fields"], [], "FIELD_DEFINITION"),
        ["provides"] = (["fields"], [], "FIELD_DEFINITION"),
        ["shareable"] = ([], [], "OBJECT FIELD_DEFINITION"),
        ["override"] = (["from"], ["label"], "FIELD_DEFINITION"),
        ["inaccessible"] = ([], [], Everywhere),
        ["tag"] = (["name"], [], Everywhere + " SCHEMA"),
        ["interfaceObject"] = ([], [], "OBJECT"),
        ["extends"] = ([], [], "OBJECT INTERFACE"),
        ["composeDirective"] = (["name"], [], "SCHEMA"),
    };

    public string Code => ErrorCode;

    public CompositionPhase Phase => CompositionPhase.ValidateSources;

    public void Validate(CompositionContext context)
    {
        foreach (var subgraph in context.Subgraphs)
        {
            foreach (var (element, definition) in subgraph.FederationDefinitions)
            {
                if (Specs.TryGetValue(element, out var spec) && Problem(definition, spec) is { } problem)
                {
                    context.Report(Code, $"[{subgraph.Name}] Invalid definition for directive \"@{definition.Name.StringValue}\": {problem}.", "@" + definition.Name.StringValue, subgraph.Name);
                }
            }
        }
    }

    private static string? Problem(GraphQLDirectiveDefinition definition, (string[] Required, string[] Optional, string Locations) spec)
    {
        var arguments = definition.Arguments?.Items ?? [];
        if (spec.Required.FirstOrDefault(r => !arguments.Exists(a => a.Name.StringValue == r)) is { } missing)
        {
            return $"missing required argument \"{missing}\"";
        }

        if (arguments.Find(a => a.Type is GraphQLNonNullType && a.DefaultValue is null && !spec.Required.Contains(a.Name.StringValue)) is { } extra)
        {
            return $"unexpected required argument \"{extra.Name.StringValue}\"";
        }

        var allowed = spec.Locations.Split(' ');
        var locations = definition.Locations.Items.Select(LocationName).ToList();
        return locations.FirstOrDefault(l => !allowed.Contains(l)) is { } location
            ? $"location {location} is not one of the spec's ({string.Join(", ", allowed)})"
            : null;
    }

    private static string LocationName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        _ => location.ToString().ToUpperInvariant(),
    };
}
