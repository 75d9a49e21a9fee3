using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// Fields, arguments, input fields and enum values, with @join__field / @join__enumValue.
internal sealed partial class ReadContext
{
    private const string DefaultDeprecationReason = "No longer supported";

    private void ReadFields(SupergraphType type, IEnumerable<GraphQLFieldDefinition> nodes)
    {
        foreach (var node in nodes)
        {
            var field = new SupergraphField(type, node.Name.StringValue, node.Type) { Description = DirectiveValues.Description(node.Description) };
            var hasJoinField = false;
            foreach (var directive in node.Directives?.Items ?? [])
            {
                var name = directive.Name.StringValue;
                if (name == _names.Field)
                {
                    hasJoinField = true;
                    if (ReadFieldSource(directive, field.Coordinate) is { } source)
                    {
                        field.SourceList.Add(source);
                    }
                }
                else if (name == _names.Directive)
                {
                    field.JoinDirectiveList.Add(ReadJoinDirective(directive));
                }
                else
                {
                    ReadCommon(directive, v => field.IsInaccessible = v, r => field.DeprecationReason = r, field.DirectiveList);
                }
            }

            if (!hasJoinField)
            {
                field.SourceList.AddRange(type.MembershipList.Select(m => m.Subgraph).Distinct(StringComparer.Ordinal)
                    .Select(s => new FieldSource(s, null, null, false, null, false, null)));
            }

            field.ArgumentList.AddRange(node.Arguments?.Items.Select(ReadArgument) ?? []);
            type.FieldList.Add(field);
        }
    }

    private FieldSource? ReadFieldSource(GraphQLDirective directive, string coordinate)
    {
        // @join__field without graph: the field exists in no subgraph on this type (an @interfaceObject provides it).
        if (DirectiveValues.Argument(directive, "graph") is null)
        {
            return null;
        }

        return new FieldSource(
            Subgraph(directive, "graph"),
            ParseFieldSet(directive, "requires", coordinate),
            ParseFieldSet(directive, "provides", coordinate),
            DirectiveValues.Boolean(directive, "external") ?? false,
            DirectiveValues.String(directive, "override"),
            DirectiveValues.Boolean(directive, "usedOverridden") ?? false,
            DirectiveValues.String(directive, "type"),
            DirectiveValues.String(directive, "overrideLabel"));
    }

    private SupergraphArgument ReadArgument(GraphQLInputValueDefinition node)
    {
        var argument = new SupergraphArgument(node.Name.StringValue, node.Type)
        {
            Description = DirectiveValues.Description(node.Description),
            DefaultValue = node.DefaultValue,
        };
        foreach (var directive in node.Directives?.Items ?? [])
        {
            if (directive.Name.StringValue == _names.Field)
            {
                if (DirectiveValues.Argument(directive, "graph") is not null)
                {
                    argument.SubgraphList.Add(Subgraph(directive, "graph"));
                }
            }
            else
            {
                ReadCommon(directive, v => argument.IsInaccessible = v, r => argument.DeprecationReason = r, argument.DirectiveList);
            }
        }

        return argument;
    }

    private void ReadInputFields(SupergraphType type, IEnumerable<GraphQLInputValueDefinition> nodes)
    {
        foreach (var node in nodes)
        {
            var field = ReadArgument(node);
            if (field.SubgraphList.Count == 0 && !(node.Directives?.Items.Any(d => d.Name.StringValue == _names.Field) ?? false))
            {
                field.SubgraphList.AddRange(type.MembershipList.Select(m => m.Subgraph).Distinct(StringComparer.Ordinal));
            }

            type.InputFieldList.Add(field);
        }
    }

    private void ReadEnumValues(SupergraphType type, IEnumerable<GraphQLEnumValueDefinition> nodes)
    {
        foreach (var node in nodes)
        {
            var value = new SupergraphEnumValue(node.Name.StringValue) { Description = DirectiveValues.Description(node.Description) };
            var explicitGraphs = false;
            foreach (var directive in node.Directives?.Items ?? [])
            {
                if (directive.Name.StringValue == _names.EnumValue)
                {
                    explicitGraphs = true;
                    value.SubgraphList.Add(Subgraph(directive, "graph"));
                }
                else
                {
                    ReadCommon(directive, v => value.IsInaccessible = v, r => value.DeprecationReason = r, value.DirectiveList);
                }
            }

            if (!explicitGraphs)
            {
                value.SubgraphList.AddRange(type.MembershipList.Select(m => m.Subgraph).Distinct(StringComparer.Ordinal));
            }

            type.EnumValueList.Add(value);
        }
    }

    private void ReadCommon(GraphQLDirective directive, Action<bool> setInaccessible, Action<string> setDeprecated, List<GraphQLDirective> others)
    {
        var name = directive.Name.StringValue;
        if (name == _names.Inaccessible)
        {
            setInaccessible(true);
        }
        else if (name == "deprecated")
        {
            setDeprecated(DirectiveValues.String(directive, "reason") ?? DefaultDeprecationReason);
        }
        else if (!IsPlumbing(name))
        {
            others.Add(directive);
        }
    }
}
