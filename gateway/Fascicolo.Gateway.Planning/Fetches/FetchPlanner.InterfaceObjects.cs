namespace Fascicolo.Gateway.Planning.Fetches;

// Positions where a subgraph returns an @interfaceObject: it answers the interface's name as
// __typename. What needs the runtime type is planned from an entity fetch into a subgraph holding
// the interface as an entity interface, whose answer carries the concrete __typename.
internal sealed partial class FetchPlanner
{
    /// <summary>Plans selections at a position whose objects the subgraph returns as an interface object.</summary>
    private List<RepresentationField>? PlanInterfaceObjectSelections(Position position, Operations.OpSelectionSet set, InputCollector? inputs)
    {
        var purpose = inputs?.Purpose ?? SelectionPurpose.Client;
        var iface = position.Type;
        var (here, concrete) = InterfaceObjectSplit.Split(_graph, position.Subgraph, iface, set, position.Provided, purpose);
        var fields = PlanSelections(position, here, inputs);
        if (concrete is null)
        {
            return fields;
        }

        var source = _chooser.TypeSource(position.Subgraph, iface, concrete, position.Provided, purpose).Subgraph
            ?? throw new QueryPlanningException($"Cannot plan the runtime type of \"{iface}\" at \"{position.Path.PositionKey}\": no subgraph holds it as an entity interface.");

        // The interface's key, read from the interface object's answer.
        var key = _chooser.ChooseKey(position.Subgraph, iface, iface, source, position.Provided);
        var keyInputs = new InputCollector(SelectionPurpose.Key);
        var keyFields = AsKey(PlanSelections(position, key.Key, keyInputs)!);
        keyInputs.Providers.Add(position.Group);

        // The representations name the interface (the objects' __typename here); the answer names the implementation.
        var group = EntityGroup(source, position.Path, keyInputs.Providers);
        group.Representations.Add(iface, keyFields);
        var selection = group.Selection.Fragment(iface);
        selection.AddTypename();
        var resolved = new Position(group, selection, position.Path, iface, _graph.PossibleTypesIn(iface, source), null);
        var more = PlanSelections(resolved, concrete, inputs);
        if (inputs is null)
        {
            return null;
        }

        inputs.Providers.Add(group);
        RepresentationBuilder.Merge(fields!, more!);
        return fields;
    }
}
