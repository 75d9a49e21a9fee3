namespace Fascicolo.Gateway.Planning.Fetches;

// Entity hops: leaving the position's fetch for another subgraph (or the same one, to hand it the
// @requires of a field) through an _entities fetch at this path.
internal sealed partial class FetchPlanner
{
    private RepresentationField? Hop(Position position, FieldTask task, string responseKey, string target, Graph.FieldTransition transition, InputCollector? inputs)
    {
        var type = task.ParentType;

        // An @interfaceObject target knows the interface, not the objects: the representations
        // name the interface and the entity fetch selects on it.
        var entityType = transition.Field.ParentName;
        var interfaceObject = _graph.Node(entityType, target) is { IsInterfaceObject: true };
        if (!interfaceObject && entityType != type)
        {
            throw new InvalidOperationException($"{type}.{task.Field.Name} is not declared in {target}.");
        }

        // The inputs are read from the objects at this path, for this runtime type only.
        var narrowed = task.Condition is null
            ? position with { Type = type, RuntimeTypes = [type] }
            : position with
            {
                Target = position.Target.Fragment(task.Condition),
                Whole = position.Level,
                Path = position.Path.Narrow(task.RuntimeTypes),
                Type = type,
                RuntimeTypes = [type],
            };
        var (fields, providers) = PlanInputs(narrowed, entityType, target, transition);

        // DIVERGENCE: like Apollo we fetch __typename with keys; we put it at the position level, not
        // in the narrowed fragment, since an abstract position has it there already.
        position.Level.AddTypename();
        providers.Add(position.Group);

        // A representation holds one value per field: a requirement read with other arguments than one
        // already in the fetch's representation (e.g. weightIn(unit: KILOGRAM) beside weightIn(unit: POUND))
        // needs an entity fetch of its own.
        IReadOnlyList<string> representedTypes = interfaceObject ? (task.Condition is null ? position.RuntimeTypes : task.RuntimeTypes) : [type];
        var group = EntityGroup(target, narrowed.Path, providers, g => !representedTypes.Any(t => g.Representations.Conflicts(t, fields)));
        if (interfaceObject)
        {
            foreach (var runtimeType in task.Condition is null ? position.RuntimeTypes : task.RuntimeTypes)
            {
                group.Representations.Add(runtimeType, fields, entityType);
            }
        }
        else
        {
            group.Representations.Add(type, fields);
        }

        group.IsTypeConditioned |= narrowed.Path.EndsWithTypeCondition;
        inputs?.Providers.Add(group);

        var entity = new Position(group, group.Selection.Fragment(entityType), narrowed.Path, entityType, [entityType], null);
        return EmitLocal(entity, task with { Condition = null }, responseKey, transition, inputs);
    }

    /// <summary>Plans the key and the requirements of an entity fetch from the position's fetch.</summary>
    private (List<RepresentationField> Fields, HashSet<FetchGroup> Providers) PlanInputs(Position position, string entityType, string target, Graph.FieldTransition transition)
    {
        if (++_inputDepth > MaxInputDepth)
        {
            throw new QueryPlanningException($"Cannot plan the inputs of \"{transition}\": keys and requirements depend on each other in a cycle.");
        }

        try
        {
            var key = _chooser.ChooseKey(position.Subgraph, position.Type, entityType, target, position.Provided);
            var keyInputs = new InputCollector(SelectionPurpose.Key);
            var fields = AsKey(PlanSelections(position, key.Key, keyInputs)!);
            if (transition.Requires is { } requires)
            {
                var requirements = new InputCollector(SelectionPurpose.Requirement) { Providers = keyInputs.Providers };
                RepresentationBuilder.Merge(fields, PlanSelections(position, requires, requirements)!);
            }

            return (fields, keyInputs.Providers);
        }
        finally
        {
            _inputDepth--;
        }
    }

    /// <summary>Marks key fields (and their sub-fields) so that the executor skips objects whose key is null.</summary>
    private static List<RepresentationField> AsKey(List<RepresentationField> fields) =>
        fields.ConvertAll(f => f with { IsKey = true, Selection = f.Selection is null ? null : AsKey([.. f.Selection]) });
}
