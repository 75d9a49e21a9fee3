using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Graph;

/// <summary>
/// An edge of the query graph: collecting a field of a type in one subgraph, with the conditions
/// federation puts on it there (<c>@requires</c>, <c>@provides</c>, <c>@external</c>, <c>@override</c>).
/// </summary>
internal sealed class FieldTransition
{
    public FieldTransition(SupergraphField field, FieldSource source, OpSelectionSet? requires, OpSelectionSet? provides, string returnType)
    {
        Field = field;
        Subgraph = source.Subgraph;
        IsResolvable = source.IsResolvable;
        IsExternal = source.IsExternal;
        UsedOverridden = source.UsedOverridden;
        Requires = requires;
        Provides = provides;
        ReturnType = returnType;
        ListDepth = ListDepthOf(field.Type);
    }

    /// <summary>The supergraph field.</summary>
    public SupergraphField Field { get; }

    /// <summary>The field name.</summary>
    public string Name => Field.Name;

    /// <summary>The subgraph.</summary>
    public string Subgraph { get; }

    /// <summary>Whether a client's selection of the field may be fetched here: declared, not external, not overridden away.</summary>
    public bool IsResolvable { get; }

    /// <summary>Whether the field is <c>@external</c> here: fetchable only where a <c>@provides</c> on the path says so.</summary>
    public bool IsExternal { get; }

    /// <summary>Whether the field was overridden away from this subgraph yet is still used here (keys, requirements).</summary>
    public bool UsedOverridden { get; }

    /// <summary>The fields of the parent the subgraph needs in the representation to resolve this one (<c>@requires</c>).</summary>
    public OpSelectionSet? Requires { get; }

    /// <summary>The sub-selection the subgraph returns with this field although those fields are external here (<c>@provides</c>).</summary>
    public OpSelectionSet? Provides { get; }

    /// <summary>The named return type in this subgraph (it may be narrower than the supergraph's).</summary>
    public string ReturnType { get; }

    /// <summary>
    /// The other subgraphs that resolve the field and can be entered by a key (set once while the
    /// graph is built): where the field can be fetched when this subgraph cannot or should not.
    /// </summary>
    public IReadOnlyList<FieldTransition> Alternatives { get; internal set; } = [];

    /// <summary>How many list levels wrap the field's type: one <c>@</c> path segment each.</summary>
    public int ListDepth { get; }

    /// <inheritdoc />
    public override string ToString() => Field.Coordinate + "@" + Subgraph;

    private static int ListDepthOf(GraphQLParser.AST.GraphQLType type) => type switch
    {
        GraphQLParser.AST.GraphQLNonNullType nonNull => ListDepthOf(nonNull.Type),
        GraphQLParser.AST.GraphQLListType list => 1 + ListDepthOf(list.Type),
        _ => 0,
    };
}
