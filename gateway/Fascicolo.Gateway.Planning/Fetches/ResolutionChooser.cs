using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Chooses, field by field, where a field is resolved. The current subgraph is preferred (it costs
/// no request); otherwise, or when a shareable composite field would need fewer requests in total
/// from elsewhere, the candidate with the smallest estimated number of fetches for the whole subtree
/// wins, ties going to a subgraph already entered at this path, then to supergraph order.
/// </summary>
// DIVERGENCE: Apollo enumerates complete alternative plans and costs them (fetches weighted by depth);
// we decide field by field with a memoized estimate of the fetches each choice adds to the subtree,
// which is linear in the operation and finds the fewest fetches for the federation patterns we meet.
internal sealed partial class ResolutionChooser(QueryGraph graph)
{
    /// <summary>The ways <paramref name="task"/> can be resolved from <paramref name="subgraph"/>.</summary>
    public FieldOptions Options(string subgraph, FieldTask task, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        var field = task.Field;
        var isLeaf = field.SelectionSet is null;
        if (task.OnAbstract)
        {
            // TaskExpander only keeps a field on an interface when the subgraph resolves it.
            return new FieldOptions(graph.Field(task.ParentType, field.Name, subgraph), [], isLeaf, purpose);
        }

        var local = Locality.IsLocal(graph, task.ParentType, field.Name, subgraph, provided, purpose, out var transition) ? transition : null;

        // Re-entering the same subgraph only makes sense to hand it its @requires.
        var candidates = transition is { Requires: null } ? transition.Alternatives : graph.Entries(task.ParentType, field.Name);
        return new FieldOptions(local, candidates, isLeaf, purpose);
    }

    /// <summary>
    /// Chooses how to resolve a task. <paramref name="hasFetchAt"/> tells whether an entity fetch to a
    /// subgraph already exists at the task's path (joining it is free); without <paramref name="estimate"/>
    /// a forced choice is returned with no cost computed.
    /// </summary>
    public Resolution Choose(string subgraph, FieldTask task, FieldOptions options, OpSelectionSet? provided, Func<string, bool> hasFetchAt, bool estimate)
    {
        var field = task.Field;
        if (options.Local is { } local && (options.IsForced || !estimate))
        {
            return new Resolution(null, local, estimate ? Estimate(subgraph, local.ReturnType, field.SelectionSet, ChildProvided(local, provided, task), options.Purpose) : 0);
        }

        if (options.Local is null && options.Candidates.Count == 1 && !estimate)
        {
            return new Resolution(options.Candidates[0].Subgraph, options.Candidates[0], 0);
        }

        var best = options.Local is { } stay
            ? new Resolution(null, stay, Estimate(subgraph, stay.ReturnType, field.SelectionSet, ChildProvided(stay, provided, task), options.Purpose))
            : new Resolution(null, null, Unresolvable);
        foreach (var candidate in options.Candidates)
        {
            var cost = Add(
                hasFetchAt(candidate.Subgraph) ? 0 : 1,
                Estimate(candidate.Subgraph, candidate.ReturnType, field.SelectionSet, candidate.Provides, options.Purpose),
                InputCost(subgraph, task.ParentType, candidate, provided));
            if (cost < best.Cost)
            {
                best = new Resolution(candidate.Subgraph, candidate, cost);
            }
        }

        return best;
    }

    /// <summary>
    /// The key of <paramref name="entityType"/> to enter <paramref name="target"/> with: the cheapest to
    /// read from objects of <paramref name="type"/> in <paramref name="subgraph"/> (the two differ when
    /// the target is an <c>@interfaceObject</c> of an interface the objects implement).
    /// </summary>
    public KeyTransition ChooseKey(string subgraph, string type, string entityType, string target, OpSelectionSet? provided)
    {
        var keys = graph.Node(entityType, target)?.Keys ?? [];
        KeyTransition? best = null;
        var bestCost = int.MaxValue;
        foreach (var key in keys)
        {
            var cost = Estimate(subgraph, type, key.Key, provided, SelectionPurpose.Key);
            if (cost < bestCost)
            {
                (best, bestCost) = (key, cost);
            }
        }

        return best ?? throw new QueryPlanningException($"Subgraph \"{target}\" has no resolvable key for \"{type}\".");
    }

    /// <summary>What the subgraph returns although external, under a field it resolves: its @provides, or what the path provided.</summary>
    public OpSelectionSet? ChildProvided(FieldTransition transition, OpSelectionSet? provided, FieldTask task) =>
        transition.Provides ?? Locality.Provided(graph.Types, provided, task.ParentType, task.Field.Name)?.SelectionSet;
}
