using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Fetches;

// Planning one selection set at one position: forced fields first (they decide which subgraphs
// are entered here anyway), then fields with a choice, which may join those entity fetches for free.
internal sealed partial class FetchPlanner
{
    /// <summary>Plans selections at a position; with <paramref name="inputs"/>, returns the representation fields they make.</summary>
    private List<RepresentationField>? PlanSelections(Position position, OpSelectionSet set, InputCollector? inputs)
    {
        var purpose = inputs?.Purpose ?? SelectionPurpose.Client;
        var tasks = TaskExpander.Expand(_graph, position.Subgraph, position.Type, position.RuntimeTypes, set, position.Provided, purpose);
        var options = tasks.ConvertAll(t => _chooser.Options(position.Subgraph, t, position.Provided, purpose));
        var results = new RepresentationField?[tasks.Count];
        foreach (var forced in new[] { true, false })
        {
            for (var i = 0; i < tasks.Count; i++)
            {
                if (options[i].IsForced == forced)
                {
                    results[i] = PlanTask(position, tasks[i], options[i], inputs);
                    if (tasks[i].Condition is not null && results[i] is { } input)
                    {
                        // Selected in a type condition: objects of other types have no such field to send.
                        results[i] = input with { AppliesTo = tasks[i].RuntimeTypes };
                    }
                }
            }
        }

        if (inputs is null)
        {
            return null;
        }

        var fields = new List<RepresentationField>();
        RepresentationBuilder.Merge(fields, [.. results.OfType<RepresentationField>()]);
        return fields;
    }

    private RepresentationField? PlanTask(Position position, FieldTask task, FieldOptions options, InputCollector? inputs)
    {
        var field = task.Field;
        var responseKey = inputs is null ? field.ResponseKey : Registry(position.Path).Claim(field.Name, field.Identity);
        var path = task.Condition is null ? position.Path : position.Path.Narrow(task.RuntimeTypes);
        var resolution = _chooser.Choose(position.Subgraph, task, options, position.Provided, s => HasEntityGroup(s, path), !options.IsForced);
        if (resolution.IsUnresolvable)
        {
            throw new QueryPlanningException(
                $"Cannot plan \"{task.ParentType}.{field.Name}\" at \"{path.PositionKey}\": no subgraph resolves it from \"{position.Subgraph}\".");
        }

        return resolution.HopTo is { } target
            ? Hop(position, task, responseKey, target, resolution.Transition!, inputs)
            : EmitLocal(position, task, responseKey, resolution.Transition!, inputs);
    }

    /// <summary>Writes a field into the position's fetch and plans its sub-selections from there.</summary>
    private RepresentationField? EmitLocal(Position position, FieldTask task, string responseKey, Graph.FieldTransition transition, InputCollector? inputs)
    {
        var field = task.Field;
        var target = task.Condition is null ? position.Target : position.Target.Fragment(task.Condition);
        var path = task.Condition is null ? position.Path : position.Path.Narrow(task.RuntimeTypes);
        inputs?.Providers.Add(position.Group);
        if (field.SelectionSet is null)
        {
            // A leaf already selected for every runtime type (e.g. a key field selected on the
            // interface) need not be repeated inside the type's fragment.
            if (target == position.Level || !position.Level.Has(responseKey, field.Name, field.Arguments))
            {
                target.Field(responseKey, field.Name, field.Arguments);
                position.Group.AddVariables(field.Variables);
            }

            return inputs is null ? null : new RepresentationField(field.Name, responseKey, null);
        }

        var builder = target.Field(responseKey, field.Name, field.Arguments);
        position.Group.AddVariables(field.Variables);

        var childType = transition.ReturnType;
        var interfaceObject = _graph.Node(childType, position.Subgraph) is { IsInterfaceObject: true };
        var isAbstract = _graph.Types.IsAbstract(childType);
        var selection = builder.EnsureSelection();
        if (isAbstract || _graph.Types.IsAbstract(transition.Field.NamedType))
        {
            // The executor reads the runtime type of objects at abstract positions from __typename,
            // also where this subgraph's type is an object but the supergraph's is abstract (a field
            // returning an implementation here and the interface elsewhere).
            selection.AddTypename();
        }

        var child = new Position(
            position.Group,
            selection,
            path.Field(responseKey, transition.ListDepth),
            childType,
            // The subgraph knows no implementation of an interface object: its objects are the interface.
            interfaceObject ? [childType] : _graph.PossibleTypesIn(childType, position.Subgraph),
            _chooser.ChildProvided(transition, position.Provided, task));
        var nested = interfaceObject
            ? PlanInterfaceObjectSelections(child, field.SelectionSet, inputs)
            : PlanSelections(child, field.SelectionSet, inputs);
        if (nested is null)
        {
            return null;
        }

        if (isAbstract)
        {
            nested.Insert(0, new RepresentationField("__typename", "__typename", null));
        }

        return new RepresentationField(field.Name, responseKey, nested);
    }
}
