using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

// Cost estimates: how many extra fetches a selection set needs when a subgraph returns its objects.
// Memoized per (subgraph, type, selection set instance), so a choice never re-walks a subtree.
internal sealed partial class ResolutionChooser
{
    /// <summary>The cost of something no subgraph can resolve from here.</summary>
    public const int Unresolvable = 1_000_000;

    private readonly Dictionary<(string, string, OpSelectionSet, OpSelectionSet?, SelectionPurpose), int> _estimates = [];

    /// <summary>Estimated extra fetches to resolve <paramref name="set"/> on objects of <paramref name="type"/> returned by <paramref name="subgraph"/>.</summary>
    public int Estimate(string subgraph, string type, OpSelectionSet? set, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        if (set is null || set.Selections.Count == 0)
        {
            return 0;
        }

        var key = (subgraph, type, set, provided, purpose);
        if (_estimates.TryGetValue(key, out var known))
        {
            return known;
        }

        // Marks the walk in progress: a cycle (a key needing itself, requirements needing each
        // other) is a way that does not work.
        _estimates[key] = Unresolvable;
        var tasks = TaskExpander.Expand(graph, subgraph, type, graph.PossibleTypesIn(type, subgraph), set, provided, purpose);
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var forced in new[] { true, false })
        {
            foreach (var task in tasks)
            {
                var options = Options(subgraph, task, provided, purpose);
                if (options.IsForced != forced)
                {
                    continue;
                }

                var resolution = Choose(subgraph, task, options, provided, entered.Contains, true);
                if (resolution.HopTo is { } target)
                {
                    entered.Add(target);
                }

                total = Add(total, resolution.IsUnresolvable ? Unresolvable : resolution.Cost);
            }
        }

        _estimates[key] = total;
        return total;
    }

    /// <summary>Estimated extra fetches to read a candidate's key and requirements from <paramref name="subgraph"/>.</summary>
    private int InputCost(string subgraph, string type, FieldTransition candidate, OpSelectionSet? provided)
    {
        var keyCost = Unresolvable;
        foreach (var key in graph.Node(candidate.Field.ParentName, candidate.Subgraph)?.Keys ?? [])
        {
            keyCost = Math.Min(keyCost, Estimate(subgraph, type, key.Key, provided, SelectionPurpose.Key));
        }

        return Add(keyCost, Estimate(subgraph, type, candidate.Requires, provided, SelectionPurpose.Requirement));
    }

    private static int Add(params ReadOnlySpan<int> costs)
    {
        var total = 0;
        foreach (var cost in costs)
        {
            total = Math.Min(Unresolvable, total + cost);
        }

        return total;
    }
}
