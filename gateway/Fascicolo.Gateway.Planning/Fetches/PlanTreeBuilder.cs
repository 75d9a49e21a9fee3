namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Turns the dependency DAG of fetch groups into Sequence/Parallel nodes. A group runs right after
/// the last group it waits for when that is its only pending dependency (a tree, not global levels);
/// a group waiting for fetches in two branches runs after the level that completes both.
/// </summary>
internal sealed class PlanTreeBuilder
{
    private readonly Dictionary<FetchGroup, List<FetchGroup>> _dependents = [];
    private readonly HashSet<FetchGroup> _completed = [];
    private readonly HashSet<FetchGroup> _placed = [];
    private readonly List<FetchGroup> _pending = [];

    private PlanTreeBuilder(IReadOnlyList<FetchGroup> groups)
    {
        foreach (var group in groups)
        {
            RemoveImpliedDependencies(group);
            foreach (var dependency in group.Dependencies.OrderBy(d => d.Index))
            {
                if (!_dependents.TryGetValue(dependency, out var list))
                {
                    list = [];
                    _dependents.Add(dependency, list);
                }

                list.Add(group);
            }
        }
    }

    /// <summary>Orders the groups: root groups in parallel (queries) or in sequence (mutations).</summary>
    public static PlanStep? Build(IReadOnlyList<FetchGroup> groups, IReadOnlyList<FetchGroup> roots, bool sequentialRoots)
    {
        if (roots.Count == 0)
        {
            return null;
        }

        var builder = new PlanTreeBuilder(groups);
        var plan = sequentialRoots
            ? PlanStep.Sequence([.. roots.Select(r => builder.Levels([r]))])
            : builder.Levels(roots);
        return builder._placed.Count == groups.Count
            ? plan
            : throw new InvalidOperationException("Some fetch groups are unreachable from the root fetches: a planner bug.");
    }

    // Level by level: each ready group starts a branch; what could not run inside a branch waits
    // for the level to complete.
    private PlanStep Levels(IReadOnlyList<FetchGroup> ready)
    {
        var levels = new List<PlanStep>();
        while (ready.Count > 0)
        {
            var branches = new List<PlanStep>();
            var level = new List<FetchGroup>();
            foreach (var group in ready)
            {
                branches.Add(Branch(group, [], level));
            }

            levels.Add(PlanStep.Parallel(branches));
            _completed.UnionWith(level);
            ready = [.. _pending.Where(g => !_placed.Contains(g) && g.Dependencies.All(_completed.Contains)).Distinct().OrderBy(g => g.Index)];
            _pending.RemoveAll(ready.Contains);
        }

        return PlanStep.Sequence(levels);
    }

    private PlanStep Branch(FetchGroup group, List<FetchGroup> ancestors, List<FetchGroup> level)
    {
        _placed.Add(group);
        level.Add(group);
        ancestors.Add(group);
        var children = new List<PlanStep>();
        foreach (var dependent in _dependents.GetValueOrDefault(group) ?? [])
        {
            if (_placed.Contains(dependent))
            {
                continue;
            }

            if (dependent.Dependencies.All(d => _completed.Contains(d) || ancestors.Contains(d)))
            {
                children.Add(Branch(dependent, ancestors, level));
            }
            else
            {
                _pending.Add(dependent);
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        return children.Count == 0
            ? PlanStep.Fetch(group)
            : PlanStep.Sequence([PlanStep.Fetch(group), PlanStep.Parallel(children)]);
    }

    // A dependency reachable through another dependency adds no ordering: dropping it lets the
    // group sit under the fetch it really waits for last.
    private static void RemoveImpliedDependencies(FetchGroup group)
    {
        var implied = group.Dependencies.Where(d => group.Dependencies.Any(other => other != d && other.DependsOn(d))).ToList();
        group.Dependencies.ExceptWith(implied);
    }
}
