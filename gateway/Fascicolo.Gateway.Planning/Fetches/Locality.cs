using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>Whether a subgraph returns a field itself, in the fetch that brought the parent object.</summary>
internal static class Locality
{
    /// <summary>
    /// True when <paramref name="subgraph"/> resolves <paramref name="type"/>.<paramref name="field"/>
    /// without an entity fetch: declared there and not external (external key fields count, the
    /// subgraph knows them), or provided on this path; never when the field has <c>@requires</c> there.
    /// A field overridden away is still readable here for a key (<paramref name="purpose"/>).
    /// </summary>
    public static bool IsLocal(QueryGraph graph, string type, string field, string subgraph, OpSelectionSet? provided, SelectionPurpose purpose, out FieldTransition? transition)
    {
        var node = graph.Node(type, subgraph);
        transition = node?.Fields.GetValueOrDefault(field);
        if (transition is null || transition.Requires is not null)
        {
            return false;
        }

        return transition.IsResolvable
            || node!.KeyFieldNames.Contains(field)
            || (purpose == SelectionPurpose.Key && transition.UsedOverridden)
            || (transition.IsExternal && Provided(graph.Types, provided, type, field) is not null);
    }

    /// <summary>The provided selection of a field for a runtime type, or null when not provided.</summary>
    public static OpField? Provided(TypeRelations types, OpSelectionSet? provided, string runtimeType, string field)
    {
        if (provided is null)
        {
            return null;
        }

        foreach (var selection in provided.Selections)
        {
            var found = selection switch
            {
                OpField candidate when candidate.Name == field => candidate,
                OpFragment fragment when types.IsPossible(fragment.TypeCondition, runtimeType) => Provided(types, fragment.SelectionSet, runtimeType, field),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
