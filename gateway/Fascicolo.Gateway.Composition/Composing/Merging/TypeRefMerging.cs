using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>Merges the types one field has in several subgraphs.</summary>
internal static class TypeRefMerging
{
    /// <summary>
    /// Output positions take the least strict type (nullable where any subgraph is nullable); input
    /// positions the strictest (non-null where any subgraph requires it). The structure must match
    /// (checked by <c>FIELD_TYPE_MISMATCH</c>); the named type is the first one's (an output field whose
    /// named types differ takes their common supertype afterwards, see <see cref="OutputSubtyping"/>).
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

    /// <summary>Whether two type references have the same list structure, ignoring nullability and the named type.</summary>
    public static bool SameStructure(GraphQLType a, GraphQLType b) => (Strip(a), Strip(b)) switch
    {
        (GraphQLListType la, GraphQLListType lb) => SameStructure(la.Type, lb.Type),
        (GraphQLNamedType, GraphQLNamedType) => true,
        _ => false,
    };

    /// <summary>The type reference with its named type replaced by <paramref name="name"/>, wrappers kept.</summary>
    public static GraphQLType WithNamedType(GraphQLType type, string name) => type switch
    {
        GraphQLNonNullType nonNull => new GraphQLNonNullType(WithNamedType(nonNull.Type, name)),
        GraphQLListType list => new GraphQLListType(WithNamedType(list.Type, name)),
        _ => new GraphQLNamedType(new GraphQLName(name)),
    };

    private static GraphQLType Strip(GraphQLType type) => type is GraphQLNonNullType n ? n.Type : type;
}
