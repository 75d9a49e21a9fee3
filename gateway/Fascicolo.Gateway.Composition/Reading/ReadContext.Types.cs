using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

// Types: one SupergraphType per type definition, with the join directives turned into memberships.
internal sealed partial class ReadContext
{
    public void ReadTypes()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            if (definition is GraphQLTypeExtension extension)
            {
                throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidType, $"Type extension of {extension.Name.StringValue}: a supergraph defines each type once.");
            }

            if (definition is not GraphQLTypeDefinition node || KindOf(node) is not { } kind)
            {
                continue;
            }

            var name = node.Name.StringValue;
            if (_links.OwnsType(name) || TypeReferences.IsBuiltInScalar(name))
            {
                continue;
            }

            if (!seen.Add(name))
            {
                throw new SupergraphReadException(SupergraphReadErrorCodes.InvalidType, $"The type {name} is defined twice.");
            }

            Parts.Types.Add(ReadType(node, name, kind));
        }

        ApplyAbstractDefaults();
        CheckRootTypes();
    }

    private static SupergraphTypeKind? KindOf(GraphQLTypeDefinition node) => node switch
    {
        GraphQLObjectTypeDefinition => SupergraphTypeKind.Object,
        GraphQLInterfaceTypeDefinition => SupergraphTypeKind.Interface,
        GraphQLUnionTypeDefinition => SupergraphTypeKind.Union,
        GraphQLEnumTypeDefinition => SupergraphTypeKind.Enum,
        GraphQLInputObjectTypeDefinition => SupergraphTypeKind.InputObject,
        GraphQLScalarTypeDefinition => SupergraphTypeKind.Scalar,
        _ => null,
    };

    private SupergraphType ReadType(GraphQLTypeDefinition node, string name, SupergraphTypeKind kind)
    {
        var type = new SupergraphType(name, kind) { Description = DirectiveValues.Description(node.Description) };
        foreach (var directive in ((IHasDirectivesNode)node).Directives?.Items ?? [])
        {
            ReadTypeDirective(type, directive);
        }

        if (type.MembershipList.Count == 0)
        {
            // No @join__type at all: the join spec reads this as "in every subgraph".
            type.MembershipList.AddRange(Parts.Subgraphs.Select(s => new TypeMembership(s.Name, null, false, true, false)));
        }

        switch (node)
        {
            case GraphQLObjectTypeDefinition obj:
                type.InterfaceList.AddRange(obj.Interfaces?.Items.Select(i => i.Name.StringValue) ?? []);
                ReadFields(type, obj.Fields?.Items ?? []);
                break;
            case GraphQLInterfaceTypeDefinition iface:
                type.InterfaceList.AddRange(iface.Interfaces?.Items.Select(i => i.Name.StringValue) ?? []);
                ReadFields(type, iface.Fields?.Items ?? []);
                break;
            case GraphQLUnionTypeDefinition union:
                type.UnionMemberList.AddRange(union.Types?.Items.Select(i => i.Name.StringValue) ?? []);
                break;
            case GraphQLEnumTypeDefinition enumType:
                ReadEnumValues(type, enumType.Values?.Items ?? []);
                break;
            case GraphQLInputObjectTypeDefinition input:
                ReadInputFields(type, input.Fields?.Items ?? []);
                break;
        }

        return type;
    }

    private void ReadTypeDirective(SupergraphType type, GraphQLDirective directive)
    {
        var name = directive.Name.StringValue;
        if (name == _names.Type)
        {
            var key = ParseFieldSet(directive, "key", type.Name);
            var resolvable = DirectiveValues.Boolean(directive, "resolvable") ?? true;
            type.MembershipList.Add(new TypeMembership(
                Subgraph(directive, "graph"),
                key is null ? null : new EntityKey(key, resolvable),
                DirectiveValues.Boolean(directive, "extension") ?? false,
                resolvable,
                DirectiveValues.Boolean(directive, "isInterfaceObject") ?? false));
        }
        else if (name == _names.Implements)
        {
            type.ImplementsList.Add((Subgraph(directive, "graph"), DirectiveValues.String(directive, "interface") ?? string.Empty));
        }
        else if (name == _names.UnionMember)
        {
            type.UnionMemberInList.Add((Subgraph(directive, "graph"), DirectiveValues.String(directive, "member") ?? string.Empty));
        }
        else if (name == _names.Directive)
        {
            type.JoinDirectiveList.Add(ReadJoinDirective(directive));
        }
        else if (name == _names.Inaccessible)
        {
            type.IsInaccessible = true;
        }
        else if (!IsPlumbing(name))
        {
            type.DirectiveList.Add(directive);
        }
    }

    private bool IsPlumbing(string directiveName) =>
        _names.Join.Owns(directiveName, isDirective: true) || directiveName == _links.LinkDirective;
}
