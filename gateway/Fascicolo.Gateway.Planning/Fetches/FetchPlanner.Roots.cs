using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

// Root fields: each goes to a subgraph that declares it; all root query fields of one subgraph
// share one fetch, and mutation fields keep their document order.
internal sealed partial class FetchPlanner
{
    /// <summary>Plans a query: one root fetch per subgraph used, run in parallel.</summary>
    public void PlanQuery(string rootType, OpSelectionSet root)
    {
        RegisterClientKeys(string.Empty, root);
        var groups = new Dictionary<string, FetchGroup>(StringComparer.Ordinal);
        var tasks = RootTasks(rootType, root);

        // Fields only one subgraph has decide which root fetches exist; shareable ones then join the
        // one that keeps the total number of fetches lowest.
        foreach (var forced in new[] { true, false })
        {
            foreach (var task in tasks)
            {
                var candidates = Candidates(rootType, task.Field);
                if ((candidates.Count == 1) != forced)
                {
                    continue;
                }

                var subgraph = candidates.Count == 1 ? candidates[0].Subgraph : Cheapest(candidates, task, groups.ContainsKey);
                if (!groups.TryGetValue(subgraph, out var group))
                {
                    group = NewRootGroup(subgraph, false);
                    groups.Add(subgraph, group);
                }

                EmitRoot(group, rootType, task, candidates.First(c => c.Subgraph == subgraph));
            }
        }
    }

    /// <summary>Plans a mutation: root fetches in document order, consecutive fields of one subgraph sharing a fetch.</summary>
    public void PlanMutation(string rootType, OpSelectionSet root)
    {
        RegisterClientKeys(string.Empty, root);
        FetchGroup? last = null;
        foreach (var task in RootTasks(rootType, root))
        {
            var candidates = Candidates(rootType, task.Field);
            var stay = last is null ? null : candidates.Find(c => c.Subgraph == last.Subgraph);
            var subgraph = stay?.Subgraph ?? Cheapest(candidates, task, _ => false);
            if (last is null || last.Subgraph != subgraph)
            {
                last = NewRootGroup(subgraph, true);
            }

            EmitRoot(last, rootType, task, candidates.First(c => c.Subgraph == subgraph));
        }
    }

    private static List<FieldTask> RootTasks(string rootType, OpSelectionSet root)
    {
        // The root type is an object type: fragments on it were flattened, __typename and
        // introspection are answered without subgraphs.
        var tasks = new List<FieldTask>();
        foreach (var selection in root.Selections)
        {
            if (selection is OpField field && !field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                tasks.Add(new FieldTask(field, rootType, null, [rootType], false));
            }
        }

        return tasks;
    }

    private List<Graph.FieldTransition> Candidates(string rootType, OpField field)
    {
        var definition = _graph.Types.Get(rootType).GetField(field.Name)
            ?? throw new QueryPlanningException($"Unknown field \"{rootType}.{field.Name}\".");
        var candidates = definition.ResolvableIn
            .Select(s => _graph.Field(rootType, field.Name, s))
            .OfType<Graph.FieldTransition>()
            .ToList();
        return candidates.Count > 0
            ? candidates
            : throw new QueryPlanningException($"No subgraph resolves \"{rootType}.{field.Name}\".");
    }

    private string Cheapest(List<Graph.FieldTransition> candidates, FieldTask task, Func<string, bool> hasFetch)
    {
        var best = candidates[0].Subgraph;
        var bestCost = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var cost = (hasFetch(candidate.Subgraph) ? 0 : 1)
                + _chooser.Estimate(candidate.Subgraph, candidate.ReturnType, task.Field.SelectionSet, candidate.Provides, SelectionPurpose.Client);
            if (cost < bestCost)
            {
                (best, bestCost) = (candidate.Subgraph, cost);
            }
        }

        return best;
    }

    private void EmitRoot(FetchGroup group, string rootType, FieldTask task, Graph.FieldTransition transition)
    {
        var position = new Position(group, group.Selection, PlanPath.Root, rootType, [rootType], null);
        EmitLocal(position, task, task.Field.ResponseKey, transition, null);
    }
}
