namespace Fascicolo.Gateway.Planning;

// The plan vocabulary: what the planner produces and the executor runs. Algorithms live elsewhere;
// each member's doc says what the executor must do with it.
//
// DIVERGENCE: Apollo plans carry Condition nodes for @skip/@include on variables. We evaluate those
// directives at planning time instead and key cached plans by the values of the condition
// variables (see ConditionVariables), so neither the plan nor the response shape has conditions.

/// <summary>The plan for one operation: the fetches to run and how to write the client's response.</summary>
/// <param name="Root">The fetches; null when the operation needs no subgraph (only <c>__typename</c>).</param>
/// <param name="Shape">The client's selections on the root type, used to write <c>data</c>.</param>
/// <param name="Kind">Query or mutation: a mutation's root fetches are already in a <see cref="SequenceNode"/>.</param>
public sealed record QueryPlan(PlanNode? Root, SelectionShape Shape, OperationKind Kind);

/// <summary>The kind of operation a plan answers.</summary>
public enum OperationKind
{
    /// <summary>A query.</summary>
    Query,

    /// <summary>A mutation.</summary>
    Mutation,
}

/// <summary>A node of a query plan.</summary>
public abstract record PlanNode;

/// <summary>Runs its nodes one after the other: each may read what the previous merged.</summary>
public sealed record SequenceNode(IReadOnlyList<PlanNode> Nodes) : PlanNode;

/// <summary>Runs its nodes concurrently: none reads what another merges.</summary>
public sealed record ParallelNode(IReadOnlyList<PlanNode> Nodes) : PlanNode;

/// <summary>
/// Runs an entity fetch for every object found at <see cref="Path"/> in the response merged so far,
/// and merges each entity returned into the object (or objects) that produced its representation.
/// </summary>
public sealed record FlattenNode(ResponsePath Path, FetchNode Fetch) : PlanNode;

/// <summary>One GraphQL request to one subgraph.</summary>
/// <param name="Id">Unique within the plan.</param>
/// <param name="Subgraph">The subgraph's name in the supergraph.</param>
/// <param name="Document">The operation sent, printed. Entity fetches declare <c>$representations: [_Any!]!</c>.</param>
/// <param name="OperationName">The operation name inside <paramref name="Document"/>, if any.</param>
/// <param name="Variables">Client variables to forward by name (only those the document uses).</param>
/// <param name="Representation">
/// Null for a root fetch, whose <c>data</c> merges into the response root. For an entity fetch, how to
/// build each object's representation: the executor uses the first fragment that applies to the
/// object's runtime type, skips objects no fragment applies to, removes duplicate representations,
/// and maps <c>_entities[i]</c> back to every object that produced representation i.
/// </param>
public sealed record FetchNode(
    int Id,
    string Subgraph,
    string Document,
    string? OperationName,
    IReadOnlyList<string> Variables,
    IReadOnlyList<RepresentationFragment>? Representation) : PlanNode
{
    /// <summary>
    /// For a planned entity fetch, the selection set under <c>_entities</c> as printed in <see cref="Document"/>;
    /// null for a root fetch and for a hand-written one. The executor may send concurrent entity fetches to
    /// one subgraph as one request, one aliased <c>_entities</c> field each: only fetches that carry this
    /// and <see cref="VariableDefinitions"/> can be merged so.
    /// </summary>
    public string? EntitySelection { get; init; }

    /// <summary>
    /// The definitions of <see cref="Variables"/> in the same order, as declared in <see cref="Document"/>
    /// (<c>$first: Int = 10</c>), for a merged request to declare each once; empty when not known.
    /// </summary>
    public IReadOnlyList<string> VariableDefinitions { get; init; } = [];
}

/// <summary>How to build a representation for objects of some runtime types.</summary>
/// <param name="AppliesTo">The runtime (object) type names this fragment applies to.</param>
/// <param name="Typename">
/// The <c>__typename</c> written into the representation; null writes the object's runtime type name
/// (an <c>@interfaceObject</c> target needs the interface's name instead).
/// </param>
/// <param name="Fields">The key and required fields, read from the object by response key.</param>
public sealed record RepresentationFragment(IReadOnlySet<string> AppliesTo, string? Typename, IReadOnlyList<RepresentationField> Fields);

/// <summary>A field of a representation.</summary>
/// <param name="Name">The property name in the representation (the field's name).</param>
/// <param name="ResponseKey">Where the value is in the merged response (the planner may alias added fields).</param>
/// <param name="Selection">For a composite field, its sub-fields; null for a leaf, copied as is.</param>
/// <param name="IsKey">
/// Whether the field is part of the entity's key: an object whose key field is null identifies no
/// entity, so the executor sends no representation for it (a required field may be null).
/// </param>
/// <param name="AppliesTo">
/// The runtime types the field is written for (it was selected in a type condition, e.g.
/// <c>details { ... on Fragile { material } }</c>); null for every type. For an object of another
/// type the field is left out, not treated as missing.
/// </param>
public sealed record RepresentationField(string Name, string ResponseKey, IReadOnlyList<RepresentationField>? Selection, bool IsKey = false, IReadOnlyList<string>? AppliesTo = null)
{
    /// <inheritdoc />
    public bool Equals(RepresentationField? other) =>
        other is not null
        && Name == other.Name
        && ResponseKey == other.ResponseKey
        && IsKey == other.IsKey
        && SameSequence(Selection, other.Selection)
        && SameSequence(AppliesTo, other.AppliesTo);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ResponseKey, IsKey, Selection?.Count ?? -1, AppliesTo?.Count ?? -1);

    // Plans are compared by value in tests and in the plan cache's checks: lists compare by content.
    private static bool SameSequence<T>(IReadOnlyList<T>? x, IReadOnlyList<T>? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));
}

/// <summary>A path into the merged response where an entity fetch applies.</summary>
public sealed record ResponsePath(IReadOnlyList<PathSegment> Segments)
{
    /// <summary>The response root.</summary>
    public static ResponsePath Root { get; } = new(Array.Empty<PathSegment>());

    /// <inheritdoc />
    public override string ToString() => string.Join(".", Segments);
}

/// <summary>A step of a <see cref="ResponsePath"/>.</summary>
public abstract record PathSegment;

/// <summary>Enter the field with this response key (skip the position when it is null or absent).</summary>
public sealed record FieldSegment(string ResponseKey) : PathSegment
{
    /// <inheritdoc />
    public override string ToString() => ResponseKey;
}

/// <summary>Enter every item of the list here (Apollo writes it <c>@</c>).</summary>
public sealed record ListSegment : PathSegment
{
    /// <summary>The one instance.</summary>
    public static ListSegment Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "@";
}

/// <summary>Keep only objects whose runtime type is one of these (fragments inside abstract positions).</summary>
public sealed record TypeConditionSegment(IReadOnlySet<string> Types) : PathSegment
{
    /// <inheritdoc />
    public override string ToString() => "|[" + string.Join(",", Types.Order(StringComparer.Ordinal)) + "]";
}

/// <summary>
/// The client's selections at one position of the response, with fragments already applied per
/// runtime type (the GraphQL spec's CollectFields), used to write <c>data</c> in the client's order.
/// </summary>
public sealed class SelectionShape
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> _fieldsByType;

    /// <summary>Creates a shape.</summary>
    /// <param name="typeName">The static type at this position (object, interface or union).</param>
    /// <param name="isAbstract">True for interfaces and unions: the runtime type comes from <c>__typename</c>.</param>
    /// <param name="fieldsByType">Collected fields for every possible runtime type.</param>
    public SelectionShape(string typeName, bool isAbstract, IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> fieldsByType)
    {
        ArgumentNullException.ThrowIfNull(fieldsByType);
        TypeName = typeName;
        IsAbstract = isAbstract;
        _fieldsByType = fieldsByType;
        HasRefusedFields = fieldsByType.Values.Any(fields => fields.Any(f => f.Refusal is not null || f.Selection is { HasRefusedFields: true }));
    }

    /// <summary>The static type at this position.</summary>
    public string TypeName { get; }

    /// <summary>True when the runtime type must be read from the object's <c>__typename</c>.</summary>
    public bool IsAbstract { get; }

    /// <summary>The fields to write for an object of <paramref name="runtimeType"/>, in response order.</summary>
    public IReadOnlyList<ShapeField> FieldsFor(string runtimeType) =>
        _fieldsByType.TryGetValue(runtimeType, out var fields) ? fields : Array.Empty<ShapeField>();

    /// <summary>The possible runtime types this shape knows.</summary>
    public IEnumerable<string> RuntimeTypes => _fieldsByType.Keys;

    /// <summary>
    /// True when a field here or below is refused (<see cref="ShapeField.Refusal"/>): the executor then
    /// tracks response paths from the start, since each refused field's error names its path.
    /// </summary>
    public bool HasRefusedFields { get; }
}

/// <summary>One field to write.</summary>
/// <param name="ResponseKey">The alias, or the field name.</param>
/// <param name="FieldName">The field's name (<c>__typename</c> is written from the runtime type).</param>
/// <param name="Type">The field's type in the API schema: drives null propagation and list writing.</param>
/// <param name="Selection">Sub-selections of a composite field; null for leaves.</param>
public sealed record ShapeField(string ResponseKey, string FieldName, TypeShape Type, SelectionShape? Selection)
{
    /// <summary>True for <c>__typename</c>.</summary>
    public bool IsTypename => FieldName == "__typename";

    /// <summary>
    /// Set when the host refused the field for this request (see <see cref="FieldRefusals"/>): no fetch
    /// selects it and <see cref="Selection"/> is null. The executor writes null and this error at the
    /// field's path; a non-null field's null propagates to the nearest nullable parent, as any
    /// missing non-null value does.
    /// </summary>
    public FieldRefusal? Refusal { get; init; }
}

/// <summary>A field's type: a named type wrapped in lists and non-null markers.</summary>
/// <param name="NonNull">True when null here propagates to the parent.</param>
/// <param name="ItemType">For a list, the type of its items; null for a named type.</param>
/// <param name="NamedType">The innermost named type.</param>
public sealed record TypeShape(bool NonNull, TypeShape? ItemType, string NamedType)
{
    /// <summary>
    /// For an enum with <c>@inaccessible</c> values, the values of the API schema; null otherwise. A
    /// subgraph may return a hidden value (it is still a value there): the executor must not pass it on,
    /// and writes it as a null value instead (GraphQL spec, CompleteValue: the result is coerced to the
    /// schema's type, and the API schema has no such value).
    /// </summary>
    public IReadOnlySet<string>? EnumValues { get; init; }
}
