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
        if (graph.Node(type, subgraph) is { IsInterfaceObject: true })
        {
            var (here, concrete) = InterfaceObjectSplit.Split(graph, subgraph, type, set, provided, purpose);
            if (concrete is not null)
            {
                var split = Add(Estimate(subgraph, type, here, provided, purpose), TypeSource(subgraph, type, concrete, provided, purpose).Cost);
                _estimates[key] = split;
                return split;
            }
        }

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

    /// <summary>
    /// The subgraph to learn the runtime type of <paramref name="iface"/> objects from, when
    /// <paramref name="subgraph"/> holds the interface as an <c>@interfaceObject</c>: one holding it as
    /// an entity interface, entered by its key, with the fewest fetches for <paramref name="concrete"/>.
    /// </summary>
    public (string? Subgraph, int Cost) TypeSource(string subgraph, string iface, OpSelectionSet concrete, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        (string? Subgraph, int Cost) best = (null, Unresolvable);
        foreach (var source in graph.Types.Get(iface).Subgraphs)
        {
            if (graph.Node(iface, source) is not { IsInterfaceObject: false, Keys.Count: > 0 } node)
            {
                continue;
            }

            var keyCost = Unresolvable;
            foreach (var key in node.Keys)
            {
                keyCost = Math.Min(keyCost, Estimate(subgraph, iface, key.Key, provided, SelectionPurpose.Key));
            }

            var cost = Add(1, keyCost, Estimate(source, iface, concrete, null, purpose));
            if (cost < best.Cost)
            {
                best = (source, cost);
            }
        }

        return best;
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
