using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// Splits the selections under a field that returns an <c>@interfaceObject</c>: that subgraph answers
/// the interface's name as <c>__typename</c>, never the implementation's. What needs the real runtime
/// type (the client's <c>__typename</c>, fragments on implementations, fields an implementation's own
/// subgraph resolves, requirements) is fetched from a subgraph holding the interface as an entity
/// interface, entered by the interface's key; its answer brings the concrete <c>__typename</c>.
/// </summary>
internal static class InterfaceObjectSplit
{
    /// <summary>
    /// The selections planned from the interface object itself (<paramref name="set"/> when nothing else
    /// is needed), and those planned once the runtime type is known (null when none).
    /// </summary>
    /// <param name="graph">The query graph.</param>
    /// <param name="subgraph">The subgraph holding <paramref name="iface"/> as an interface object.</param>
    /// <param name="iface">The interface.</param>
    /// <param name="set">The selections at the position.</param>
    /// <param name="provided">What a <c>@provides</c> on the way here lets the subgraph return although external.</param>
    /// <param name="purpose">Why the selections are planned.</param>
    public static (OpSelectionSet Here, OpSelectionSet? Concrete) Split(QueryGraph graph, string subgraph, string iface, OpSelectionSet set, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        List<OpSelection>? here = null;
        List<OpSelection>? concrete = null;
        for (var i = 0; i < set.Selections.Count; i++)
        {
            var selection = set.Selections[i];
            var stays = selection is OpField field && IsTypeFree(graph, subgraph, iface, field, provided, purpose);
            if (stays && concrete is null)
            {
                continue;
            }

            // First selection needing the runtime type: everything before it stays here.
            if (concrete is null)
            {
                here = [.. set.Selections.Take(i)];
                concrete = [];
            }

            (stays ? here! : concrete).Add(selection);
        }

        return concrete is null ? (set, null) : (new OpSelectionSet(here!), new OpSelectionSet(concrete));
    }

    // Fields of the interface this subgraph returns itself, or that only interface objects resolve
    // (their representations name the interface, so the runtime type is not needed to enter them).
    private static bool IsTypeFree(QueryGraph graph, string subgraph, string iface, OpField field, OpSelectionSet? provided, SelectionPurpose purpose)
    {
        if (field.IsTypename)
        {
            return false;
        }

        if (Locality.IsLocal(graph, iface, field.Name, subgraph, provided, purpose, out _))
        {
            return true;
        }

        // A requirement would be read from here, where only the interface's own fields are known.
        var entries = graph.Entries(iface, field.Name);
        return entries.Count > 0
            && entries.All(e => graph.Node(iface, e.Subgraph) is { IsInterfaceObject: true })
            && entries.Any(e => e.Requires is null);
    }
}
