using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Merges the types one field has in several subgraphs.</summary>
internal static class TypeRefMerging
{
    /// <summary>
    /// Output positions take the least strict type (nullable where any subgraph is nullable); input
    /// positions the strictest (non-null where any subgraph requires it). The structure must match
    /// (checked by <c>FIELD_TYPE_MISMATCH</c>).
    /// </summary>
    public static GraphQLType Merge(IReadOnlyList<GraphQLType> types, bool isInput)
    {
        if (types.Count == 1)
        {
            return types[0];
        }

        var nonNull = types.Select(t => t is GraphQLNonNullType).ToList();
        var makeNonNull = isInput ? nonNull.Contains(true) : nonNull.TrueForAll(n => n);
        var inner = types.Select(t => t is GraphQLNonNullType n ? n.Type : t).ToList();
        GraphQLType merged = inner[0] switch
        {
            GraphQLListType => new GraphQLListType(Merge([.. inner.Select(t => t is GraphQLListType l ? l.Type : t)], isInput)),
            _ => inner[0],
        };
        return makeNonNull ? new GraphQLNonNullType(merged) : merged;
    }

    /// <summary>Whether two type references have the same list structure and named type, ignoring nullability.</summary>
    public static bool SameShape(GraphQLType a, GraphQLType b) => (Strip(a), Strip(b)) switch
    {
        (GraphQLListType la, GraphQLListType lb) => SameShape(la.Type, lb.Type),
        (GraphQLNamedType na, GraphQLNamedType nb) => na.Name.StringValue == nb.Name.StringValue,
        _ => false,
    };

    private static GraphQLType Strip(GraphQLType type) => type is GraphQLNonNullType n ? n.Type : type;
}
