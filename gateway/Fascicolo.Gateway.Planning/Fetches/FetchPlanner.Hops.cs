namespace Fascicolo.Gateway.Planning.Fetches;

// Entity hops: leaving the position's fetch for another subgraph (or the same one, to hand it the
// @requires of a field) through an _entities fetch at this path.
internal sealed partial class FetchPlanner
{
    private RepresentationField? Hop(Position position, FieldTask task, string responseKey, string target, InputCollector? inputs)
    {
        var type = task.ParentType;
        var transition = _graph.Field(type, task.Field.Name, target)
            ?? throw new InvalidOperationException($"{type}.{task.Field.Name} is not declared in {target}.");

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
        var (fields, providers) = PlanInputs(narrowed, target, transition);

        // DIVERGENCE: like Apollo we fetch __typename with keys; we put it at the position level, not
        // in the narrowed fragment, since an abstract position has it there already.
        position.Level.AddTypename();
        providers.Add(position.Group);

        var group = EntityGroup(target, narrowed.Path, providers);
        group.Representations.Add(type, fields);
        group.IsTypeConditioned |= narrowed.Path.EndsWithTypeCondition;
        inputs?.Providers.Add(group);

        var entity = new Position(group, group.Selection.Fragment(type), narrowed.Path, type, [type], null);
        return EmitLocal(entity, task with { Condition = null }, responseKey, transition, inputs);
    }

    /// <summary>Plans the key and the requirements of an entity fetch from the position's fetch.</summary>
    private (List<RepresentationField> Fields, HashSet<FetchGroup> Providers) PlanInputs(Position position, string target, Graph.FieldTransition transition)
    {
        if (++_inputDepth > MaxInputDepth)
        {
            throw new QueryPlanningException($"Cannot plan the inputs of \"{transition}\": keys and requirements depend on each other in a cycle.");
        }

        try
        {
            var key = _chooser.ChooseKey(position.Subgraph, position.Type, target, position.Provided);
            var keyInputs = new InputCollector(SelectionPurpose.Key);
            var fields = PlanSelections(position, key.Key, keyInputs)!;
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
}
