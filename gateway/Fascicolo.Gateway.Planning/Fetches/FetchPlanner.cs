using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Plans the fetches of one operation: routes root fields to subgraphs, then walks each selection
/// set from the fetch that returns its objects, keeping every field the subgraph resolves in that
/// fetch and sending the rest through entity fetches, one per (subgraph, path). One instance per plan.
/// </summary>
internal sealed partial class FetchPlanner
{
    // Representations whose inputs need representations whose inputs need… beyond this, the supergraph loops.
    private const int MaxInputDepth = 32;

    private readonly QueryGraph _graph;
    private readonly ResolutionChooser _chooser;
    private readonly List<FetchGroup> _groups = [];
    private readonly Dictionary<(string Subgraph, string Path), List<FetchGroup>> _entityGroups = [];
    private readonly Dictionary<string, ResponseKeyRegistry> _registries = new(StringComparer.Ordinal);
    private int _inputDepth;

    public FetchPlanner(QueryGraph graph)
    {
        _graph = graph;
        _chooser = new ResolutionChooser(graph);
    }

    /// <summary>Every group planned, in creation order.</summary>
    public IReadOnlyList<FetchGroup> Groups => _groups;

    /// <summary>The root groups, in the order they run (mutations) or were created (queries).</summary>
    public List<FetchGroup> RootGroups { get; } = [];

    private ResponseKeyRegistry Registry(PlanPath path)
    {
        if (!_registries.TryGetValue(path.PositionKey, out var registry))
        {
            registry = new ResponseKeyRegistry();
            _registries.Add(path.PositionKey, registry);
        }

        return registry;
    }

    // The client's keys are registered up front, so a key added for an early hop cannot take a
    // response key the client uses further down the same selection set.
    private void RegisterClientKeys(string positionKey, OpSelectionSet set)
    {
        if (!_registries.TryGetValue(positionKey, out var registry))
        {
            registry = new ResponseKeyRegistry();
            _registries.Add(positionKey, registry);
        }

        foreach (var selection in set.Selections)
        {
            if (selection is OpFragment fragment)
            {
                RegisterClientKeys(positionKey, fragment.SelectionSet);
            }
            else if (selection is OpField field)
            {
                registry.RegisterClientKey(field.ResponseKey, field.Identity);
                if (field.SelectionSet is { } sub)
                {
                    RegisterClientKeys(positionKey.Length == 0 ? field.ResponseKey : positionKey + "." + field.ResponseKey, sub);
                }
            }
        }
    }

    private FetchGroup NewRootGroup(string subgraph, bool isMutation)
    {
        var group = FetchGroup.Root(_groups.Count, subgraph, isMutation);
        _groups.Add(group);
        RootGroups.Add(group);
        return group;
    }

    private bool HasEntityGroup(string subgraph, PlanPath path) => _entityGroups.ContainsKey((subgraph, path.GroupKey));

    /// <summary>
    /// The entity fetch to <paramref name="subgraph"/> at <paramref name="path"/>: an existing one when
    /// it can wait for <paramref name="dependencies"/> without a cycle (and <paramref name="accepts"/> it), else a new one.
    /// </summary>
    private FetchGroup EntityGroup(string subgraph, PlanPath path, IReadOnlyCollection<FetchGroup> dependencies, Func<FetchGroup, bool>? accepts = null)
    {
        var key = (subgraph, path.GroupKey);
        if (!_entityGroups.TryGetValue(key, out var existing))
        {
            existing = [];
            _entityGroups.Add(key, existing);
        }

        var group = existing.Find(g => !dependencies.Contains(g) && !dependencies.Any(d => d.DependsOn(g)) && (accepts is null || accepts(g)));
        if (group is null)
        {
            group = FetchGroup.Entity(_groups.Count, subgraph, path.WithoutTrailingCondition());
            _groups.Add(group);
            existing.Add(group);
        }

        group.Dependencies.UnionWith(dependencies);
        return group;
    }
}
