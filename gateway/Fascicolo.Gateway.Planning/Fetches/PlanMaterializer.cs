namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>Turns plan steps into plan nodes: fetch ids in reading order, then documents.</summary>
internal sealed class PlanMaterializer(OperationInfo operation)
{
    private int _nextId;

    public PlanNode Materialize(PlanStep step) => step switch
    {
        FetchStep fetch => Fetch(fetch.Group),
        SequenceStep sequence => new SequenceNode([.. sequence.Steps.Select(Materialize)]),
        ParallelStep parallel => new ParallelNode([.. parallel.Steps.Select(Materialize)]),
        _ => throw new InvalidOperationException($"Unknown plan step {step}."),
    };

    private PlanNode Fetch(FetchGroup group)
    {
        var id = _nextId++;
        var variables = FetchDocumentWriter.Variables(group, operation);
        var (document, name, selection) = FetchDocumentWriter.Write(group, id, operation, variables);
        if (group.EntityPath is not { } path)
        {
            return new FetchNode(id, group.Subgraph, document, name, variables, null);
        }

        var representation = group.Representations.Build();
        IReadOnlyList<PathSegment> segments = group.IsTypeConditioned
            ? [.. path, new TypeConditionSegment(new HashSet<string>(group.Representations.Types, StringComparer.Ordinal))]
            : path;
        var fetch = new FetchNode(id, group.Subgraph, document, name, variables, representation)
        {
            EntitySelection = selection,
            VariableDefinitions = [.. variables.Select(operation.Definition)],
        };
        return new FlattenNode(new ResponsePath(segments), fetch);
    }
}
