namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// One subgraph request being planned (it becomes a <see cref="FetchNode"/>): a root fetch, or an
/// <c>_entities</c> fetch at one path. Mutable while planning; dependencies form a DAG.
/// </summary>
internal sealed class FetchGroup
{
    private static int _lastWalk;

    private readonly List<string> _variables = [];
    private int _walk;

    private FetchGroup(int index, string subgraph, IReadOnlyList<PathSegment>? entityPath, bool isMutation)
    {
        Index = index;
        Subgraph = subgraph;
        EntityPath = entityPath;
        IsMutation = isMutation;
    }

    /// <summary>Creation order: a stable tie-breaker, so equal input gives equal plans.</summary>
    public int Index { get; }

    /// <summary>The subgraph asked.</summary>
    public string Subgraph { get; }

    /// <summary>For an entity fetch, where it applies (without the trailing type condition); null for a root fetch.</summary>
    public IReadOnlyList<PathSegment>? EntityPath { get; }

    /// <summary>Whether this is an <c>_entities</c> fetch.</summary>
    public bool IsEntityFetch => EntityPath is not null;

    /// <summary>Whether this root fetch runs mutation fields.</summary>
    public bool IsMutation { get; }

    /// <summary>Whether the fetch applies to some runtime types only (a trailing type condition on its path).</summary>
    public bool IsTypeConditioned { get; set; }

    /// <summary>The root selection, or the selection inside <c>_entities</c>.</summary>
    public SelectionSetBuilder Selection { get; } = new();

    /// <summary>For an entity fetch, the representations to send.</summary>
    public RepresentationBuilder Representations { get; } = new();

    /// <summary>The groups whose results this one reads (keys, requirements): it runs after them.</summary>
    public HashSet<FetchGroup> Dependencies { get; } = [];

    /// <summary>The client variables the document uses, in first-use order.</summary>
    public IReadOnlyList<string> Variables => _variables;

    public static FetchGroup Root(int index, string subgraph, bool isMutation) => new(index, subgraph, null, isMutation);

    public static FetchGroup Entity(int index, string subgraph, IReadOnlyList<PathSegment> path) => new(index, subgraph, path, false);

    public void AddVariables(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!_variables.Contains(name))
            {
                _variables.Add(name);
            }
        }
    }

    /// <summary>Whether this group waits, directly or not, for <paramref name="other"/>.</summary>
    public bool DependsOn(FetchGroup other) => Reaches(other, Interlocked.Increment(ref _lastWalk));

    // Each walk stamps the groups it visits instead of allocating a visited set: this runs for every
    // candidate fetch a field could join.
    private bool Reaches(FetchGroup other, int walk)
    {
        foreach (var dependency in Dependencies)
        {
            if (dependency == other)
            {
                return true;
            }

            if (dependency._walk != walk)
            {
                dependency._walk = walk;
                if (dependency.Reaches(other, walk))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <inheritdoc />
    public override string ToString() => $"{Subgraph}#{Index}";
}
