namespace Fascicolo.Gateway.Planning.Graph;

/// <summary>
/// A node of the query graph: a composite type as one subgraph defines it. From here the planner
/// can collect the subgraph's <see cref="Fields"/> (field transitions), narrow an abstract type to
/// one of its <see cref="PossibleTypes"/> (a downcast, which never leaves the subgraph), or leave for
/// another subgraph through one of that subgraph's keys (<see cref="Keys"/> of the other node).
/// </summary>
internal sealed class SubgraphTypeNode
{
    public SubgraphTypeNode(
        string typeName,
        string subgraph,
        IReadOnlyList<string> possibleTypes,
        Dictionary<string, FieldTransition> fields,
        IReadOnlyList<KeyTransition> keys,
        IReadOnlySet<string> keyFieldNames)
    {
        TypeName = typeName;
        Subgraph = subgraph;
        PossibleTypes = possibleTypes;
        Fields = fields;
        Keys = keys;
        KeyFieldNames = keyFieldNames;
    }

    /// <summary>The type name.</summary>
    public string TypeName { get; }

    /// <summary>The subgraph name.</summary>
    public string Subgraph { get; }

    /// <summary>
    /// The object types this subgraph can return for a value of this type, in supergraph order: the
    /// type itself for an object; the members (<c>@join__unionMember</c>) or implementations
    /// (<c>@join__implements</c>) the subgraph knows for a union or an interface.
    /// </summary>
    public IReadOnlyList<string> PossibleTypes { get; }

    /// <summary>The fields the subgraph declares on the type (including external and overridden ones), by name.</summary>
    public IReadOnlyDictionary<string, FieldTransition> Fields { get; }

    /// <summary>The keys by which <c>_entities</c> of this subgraph resolves the type (<c>resolvable: true</c> only).</summary>
    public IReadOnlyList<KeyTransition> Keys { get; }

    /// <summary>
    /// The top-level fields of every key the subgraph declares for the type: the subgraph knows their
    /// values even when it marks them external, so they may be read from it to build representations.
    /// </summary>
    public IReadOnlySet<string> KeyFieldNames { get; }

    /// <summary>
    /// Whether the subgraph declares this interface as an <c>@interfaceObject</c>: an object type
    /// there, which knows none of the implementations. Entity fetches into it carry the interface's
    /// name as <c>__typename</c> and select its fields on the interface.
    /// </summary>
    public bool IsInterfaceObject { get; init; }

    /// <inheritdoc />
    public override string ToString() => TypeName + "@" + Subgraph;
}
