using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// Folding one type node (definition or extension) into the subgraph's type.
internal sealed partial class SubgraphParser
{
    private const string DefaultDeprecationReason = "No longer supported";

    private void ReadType(SubgraphTypeDef type, TypeNode node)
    {
        type.Description ??= DirectiveValues.Description(node.Description);
        var extends = false;
        var allExternal = false;
        foreach (var directive in node.Directives)
        {
            switch (_names.ElementOf(directive.Name.StringValue))
            {
                case "key":
                    type.Keys.Add((DirectiveValues.String(directive, "fields") ?? string.Empty, DirectiveValues.Boolean(directive, "resolvable") ?? true));
                    break;
                case "extends":
                    extends = true;
                    break;
                case "shareable":
                    type.IsShareable = true;
                    break;
                case "external":
                    allExternal = true;
                    break;
                case "inaccessible":
                    type.IsInaccessible = true;
                    break;
                case "interfaceObject":
                    type.IsInterfaceObject = true;
                    break;
                default:
                    KeepDirective(directive, type.Directives);
                    break;
            }
        }

        // A definition makes the type "owned" here; a bare extension (or @extends) does not.
        if (!node.IsExtension && !extends)
        {
            type.HasDefinition = true;
            type.IsExtension = false;
        }
        else if (!type.HasDefinition)
        {
            type.IsExtension = true;
        }

        type.Interfaces.AddRange(node.Interfaces.Select(i => i.Name.StringValue).Where(i => !type.Interfaces.Contains(i)));
        type.UnionMembers.AddRange(node.Members.Select(i => i.Name.StringValue).Where(i => !type.UnionMembers.Contains(i)));
        foreach (var value in node.Values.Where(v => type.EnumValues.TrueForAll(e => e.Name != v.Name.StringValue)))
        {
            var def = new SubgraphEnumValueDef(value.Name.StringValue) { Description = DirectiveValues.Description(value.Description) };
            ReadElementDirectives(def, value.Directives?.Items ?? []);
            type.EnumValues.Add(def);
        }

        foreach (var field in node.Fields.Where(f => type.GetField(f.Name.StringValue) is null && !IsFederationField(type, f.Name.StringValue)))
        {
            type.Fields.Add(ReadField(field, allExternal));
        }

        foreach (var field in node.InputFields.Where(f => type.GetField(f.Name.StringValue) is null))
        {
            var def = new SubgraphFieldDef(field.Name.StringValue, field.Type) { Description = DirectiveValues.Description(field.Description), DefaultValue = field.DefaultValue };
            ReadElementDirectives(def, field.Directives?.Items ?? []);
            type.Fields.Add(def);
        }
    }

    private static bool IsFederationField(SubgraphTypeDef type, string field) =>
        type.Name == "Query" && field is "_service" or "_entities";

    private SubgraphFieldDef ReadField(GraphQLFieldDefinition node, bool external)
    {
        // DIVERGENCE: Apollo upgrades Federation 1 subgraphs field by field; we treat all their fields as shareable.
        var field = new SubgraphFieldDef(node.Name.StringValue, node.Type)
        {
            Description = DirectiveValues.Description(node.Description),
            IsExternal = external,
            IsShareable = _schema.FederationVersion == 1,
        };
        var others = new List<GraphQLDirective>();
        foreach (var directive in node.Directives?.Items ?? [])
        {
            switch (_names.ElementOf(directive.Name.StringValue))
            {
                case "external":
                    field.IsExternal = true;
                    break;
                case "shareable":
                    field.IsShareable = true;
                    break;
                case "requires":
                    field.Requires = DirectiveValues.String(directive, "fields") ?? string.Empty;
                    break;
                case "provides":
                    field.Provides = DirectiveValues.String(directive, "fields") ?? string.Empty;
                    break;
                case "override":
                    field.OverrideFrom = DirectiveValues.String(directive, "from");
                    field.OverrideLabel = DirectiveValues.String(directive, "label");
                    break;
                default:
                    others.Add(directive);
                    break;
            }
        }

        ReadElementDirectives(field, others);
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            var def = new SubgraphArgumentDef(argument.Name.StringValue, argument.Type)
            {
                Description = DirectiveValues.Description(argument.Description),
                DefaultValue = argument.DefaultValue,
            };
            ReadElementDirectives(def, argument.Directives?.Items ?? []);
            field.Arguments.Add(def);
        }

        return field;
    }

    private void ReadElementDirectives(SubgraphElementDef element, IEnumerable<GraphQLDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (_names.ElementOf(directive.Name.StringValue) == "inaccessible")
            {
                element.IsInaccessible = true;
            }
            else if (directive.Name.StringValue == "deprecated")
            {
                element.DeprecationReason = DirectiveValues.String(directive, "reason") ?? DefaultDeprecationReason;
            }
            else
            {
                KeepDirective(directive, element.Directives);
            }
        }
    }

    /// <summary>Keeps the directives the supergraph carries: <c>@tag</c> under its supergraph name, <c>@specifiedBy</c>, <c>@oneOf</c>, composed ones.</summary>
    private void KeepDirective(GraphQLDirective directive, List<GraphQLDirective> kept)
    {
        var name = directive.Name.StringValue;
        if (_names.ElementOf(name) == "tag")
        {
            kept.Add(new GraphQLDirective(new GraphQLName("tag")) { Arguments = directive.Arguments });
        }
        else if (name is "specifiedBy" or "oneOf" || _schema.ComposedDirectives.Contains(name))
        {
            kept.Add(directive);
        }
    }
}
