using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Walks a selection set at a position of one subgraph into <see cref="FieldTask"/>s: fragments
/// narrow the runtime types (dropped when the subgraph cannot return any of them); a field on an
/// interface stays on the interface when the subgraph resolves it for every runtime type, else it is
/// split into one task per runtime type (Apollo's "type explosion").
/// </summary>
internal static class TaskExpander
{
    public static List<FieldTask> Expand(QueryGraph graph, string subgraph, string type, IReadOnlyList<string> runtimeTypes, OpSelectionSet set, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        var tasks = new List<FieldTask>();
        Walk(new Context(graph, subgraph, runtimeTypes, provided, purpose, tasks), set, type, null, runtimeTypes);
        return tasks;
    }

    private static void Walk(Context context, OpSelectionSet set, string parentType, string? condition, IReadOnlyList<string> runtimeTypes)
    {
        var types = context.Graph.Types;
        foreach (var selection in set.Selections)
        {
            if (selection is OpFragment fragment)
            {
                var narrowed = runtimeTypes.Where(t => types.IsPossible(fragment.TypeCondition, t)).ToList();
                if (narrowed.Count > 0)
                {
                    Walk(context, fragment.SelectionSet, fragment.TypeCondition, fragment.TypeCondition, narrowed);
                }

                continue;
            }

            var field = (OpField)selection;

            // __typename: the shape answers it at object positions; abstract positions always fetch it.
            if (field.IsTypename || field.Name is "__schema" or "__type")
            {
                continue;
            }

            if (!types.IsAbstract(parentType))
            {
                context.Tasks.Add(new FieldTask(field, parentType, condition, runtimeTypes, false));
            }
            else if (StaysOnInterface(context, parentType, condition, field.Name, runtimeTypes))
            {
                context.Tasks.Add(new FieldTask(field, parentType, condition, runtimeTypes, true));
            }
            else if (ComesFromInterfaceObject(context.Graph, parentType, field.Name))
            {
                // Not split per type: one entity fetch into the interface object serves every implementation.
                context.Tasks.Add(new FieldTask(field, parentType, condition, runtimeTypes, false));
            }
            else
            {
                foreach (var runtimeType in runtimeTypes)
                {
                    context.Tasks.Add(new FieldTask(field, runtimeType, runtimeType, [runtimeType], false));
                }
            }
        }
    }

    private static bool StaysOnInterface(Context context, string iface, string? condition, string field, IReadOnlyList<string> runtimeTypes)
    {
        var graph = context.Graph;
        if (!Locality.IsLocal(graph, iface, field, context.Subgraph, context.Provided, context.Purpose, out _))
        {
            return false;
        }

        // "... on Iface { f }" reaches every object of the subgraph implementing Iface at this
        // position; it may only stand for the task if that is exactly the task's runtime types.
        if (condition is not null)
        {
            var reached = graph.PossibleTypesIn(condition, context.Subgraph);
            if (context.PositionRuntimeTypes.Count(reached.Contains) != runtimeTypes.Count)
            {
                return false;
            }
        }

        return runtimeTypes.All(t => Locality.IsLocal(graph, t, field, context.Subgraph, context.Provided, context.Purpose, out _));
    }

    /// <summary>Whether only <c>@interfaceObject</c>s resolve the interface's field (an implementation has no subgraph of its own for it).</summary>
    private static bool ComesFromInterfaceObject(QueryGraph graph, string iface, string field)
    {
        var entries = graph.Entries(iface, field);
        return entries.Count > 0 && entries.All(e => graph.Node(iface, e.Subgraph) is { IsInterfaceObject: true });
    }

    private sealed record Context(QueryGraph Graph, string Subgraph, IReadOnlyList<string> PositionRuntimeTypes, OpSelectionSet? Provided, SelectionPurpose Purpose, List<FieldTask> Tasks);
}
