namespace Fascicolo.Gateway.Planning.Operations;

// The planner's own selection model: a client operation (or a federation field set) after named
// fragments are inlined, @skip/@include are applied, fragments that cannot narrow the type are
// flattened and fields with the same response key are merged. Immutable; planning never edits it.

/// <summary>A selection of a normalized selection set: an <see cref="OpField"/> or an <see cref="OpFragment"/>.</summary>
internal abstract class OpSelection;

/// <summary>A field selection.</summary>
/// <param name="responseKey">The alias, or the field name.</param>
/// <param name="name">The field name.</param>
/// <param name="arguments">The arguments printed as GraphQL (<c>(first: $n)</c>), or empty.</param>
/// <param name="variables">The variables the arguments reference.</param>
/// <param name="selectionSet">The sub-selections of a composite field; null for leaves.</param>
internal sealed class OpField(string responseKey, string name, string arguments, IReadOnlyList<string> variables, OpSelectionSet? selectionSet) : OpSelection
{
    /// <summary>The alias, or the field name.</summary>
    public string ResponseKey { get; } = responseKey;

    /// <summary>The field name.</summary>
    public string Name { get; } = name;

    /// <summary>The arguments printed as GraphQL, e.g. <c>(first: $n)</c>; empty when there are none.</summary>
    public string Arguments { get; } = arguments;

    /// <summary>The variables the arguments reference.</summary>
    public IReadOnlyList<string> Variables { get; } = variables;

    /// <summary>The sub-selections of a composite field; null for leaves.</summary>
    public OpSelectionSet? SelectionSet { get; } = selectionSet;

    /// <summary>What the field means, independent of its response key: two selections with equal identities return equal values.</summary>
    public string Identity => Arguments.Length == 0 ? Name : Name + Arguments;

    /// <summary>True for <c>__typename</c>.</summary>
    public bool IsTypename => Name == "__typename";
}

/// <summary>An inline fragment that narrows the type (a fragment that cannot narrow it is flattened away).</summary>
/// <param name="typeCondition">The type condition.</param>
/// <param name="selectionSet">The selections under the condition.</param>
internal sealed class OpFragment(string typeCondition, OpSelectionSet selectionSet) : OpSelection
{
    /// <summary>The type condition.</summary>
    public string TypeCondition { get; } = typeCondition;

    /// <summary>The selections under the condition.</summary>
    public OpSelectionSet SelectionSet { get; } = selectionSet;
}

/// <summary>A normalized selection set. Compared by reference: planning memoizes per instance.</summary>
/// <param name="selections">Fields and narrowing fragments, in document order.</param>
internal sealed class OpSelectionSet(IReadOnlyList<OpSelection> selections)
{
    private static int _lastId;

    // Sets are memo keys on the hot path: a precomputed hash spares the runtime's identity-hash
    // slow path for every new instance. Equality stays by reference.
    private readonly int _hash = Interlocked.Increment(ref _lastId);

    /// <summary>The empty selection set.</summary>
    public static OpSelectionSet Empty { get; } = new([]);

    /// <summary>Fields and narrowing fragments, in document order.</summary>
    public IReadOnlyList<OpSelection> Selections { get; } = selections;

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
