using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Checks a field set (of <c>@key</c>, <c>@requires</c>, <c>@provides</c>) against the types of one subgraph.</summary>
internal static class FieldSetValidation
{
    /// <summary>Why the field set is invalid on <paramref name="typeName"/> in the subgraph, or <see langword="null"/> when valid.</summary>
    public static string? Problem(SubgraphSchema subgraph, string typeName, string fieldSet)
    {
        FieldSet parsed;
        try
        {
            parsed = FieldSet.Parse(fieldSet);
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }

        return Problem(subgraph, typeName, parsed.Selection);
    }

    private static string? Problem(SubgraphSchema subgraph, string typeName, GraphQLSelectionSet selection)
    {
        if (subgraph.GetType(typeName) is not { } type)
        {
            return $"type \"{typeName}\" is not defined in the subgraph";
        }

        foreach (var node in selection.Selections)
        {
            var problem = node switch
            {
                GraphQLField field => FieldProblem(subgraph, type, field),
                GraphQLInlineFragment { SelectionSet: { } inner } fragment => Problem(subgraph, fragment.TypeCondition?.Type.Name.StringValue ?? typeName, inner),
                _ => "only fields and inline fragments may be selected",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? FieldProblem(SubgraphSchema subgraph, SubgraphTypeDef type, GraphQLField node)
    {
        var name = node.Name.StringValue;
        if (name == "__typename")
        {
            return null;
        }

        if (type.GetField(name) is not { } field)
        {
            return $"cannot query field \"{name}\" on type \"{type.Name}\" (that field is not defined in the subgraph)";
        }

        var isLeaf = subgraph.GetType(field.NamedType) is not { Kind: SupergraphTypeKind.Object or SupergraphTypeKind.Interface or SupergraphTypeKind.Union };
        return (node.SelectionSet, isLeaf) switch
        {
            (null, false) => $"field \"{type.Name}.{name}\" of composite type \"{field.NamedType}\" needs a selection",
            ({ }, true) => $"field \"{type.Name}.{name}\" of leaf type \"{field.NamedType}\" cannot have a selection",
            ({ } inner, false) => Problem(subgraph, field.NamedType, inner),
            _ => null,
        };
    }
}
