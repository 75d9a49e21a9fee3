namespace Fascicolo.Gateway.Composition;

/// <summary>The breadth-first walk over (type, subgraph) states behind <see cref="SatisfiabilityRule"/>.</summary>
internal sealed class SatisfiabilityWalk(Supergraph supergraph)
{
    private readonly Queue<(string Type, string Subgraph, string Path)> _queue = new();
    private readonly HashSet<(string, string)> _seen = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<(SupergraphField Field, string Subgraph, string Path)> _failures = [];

    public void Enqueue(string type, string subgraph, string path)
    {
        if (supergraph.TryGetType(type, out var t) && t.IsComposite && _seen.Add((type, subgraph)))
        {
            _queue.Enqueue((type, subgraph, path));
        }
    }

    public List<(SupergraphField Field, string Subgraph, string Path)> Run()
    {
        while (_queue.TryDequeue(out var state))
        {
            Visit(supergraph.Types[state.Type], state.Subgraph, state.Path);
        }

        return _failures;
    }

    private void Visit(SupergraphType type, string subgraph, string path)
    {
        if (type.Kind == SupergraphTypeKind.Union || (type.Kind == SupergraphTypeKind.Interface && !type.IsInterfaceObjectIn(subgraph)))
        {
            foreach (var possible in type.PossibleTypes)
            {
                var inSubgraph = type.Kind == SupergraphTypeKind.Union ? type.HasUnionMemberIn(subgraph, possible) : supergraph.Types[possible].ImplementsIn(subgraph, type.Name);
                if (inSubgraph)
                {
                    Enqueue(possible, subgraph, $"{path} ... on {possible}");
                }
            }

            return;
        }

        foreach (var field in type.Fields)
        {
            var resolvedIn = Resolve(type, field, subgraph);
            if (resolvedIn is null)
            {
                if (_reported.Add(field.Coordinate))
                {
                    _failures.Add((field, subgraph, path));
                }

                continue;
            }

            Enqueue(field.NamedType, resolvedIn, $"{path} {{ {field.Name}");
        }
    }

    /// <summary>The subgraph the field is fetched from when a query is in <paramref name="subgraph"/>, or <see langword="null"/>.</summary>
    private string? Resolve(SupergraphType type, SupergraphField field, string subgraph)
    {
        if (field.IsResolvableIn(subgraph))
        {
            return subgraph;
        }

        foreach (var target in Reachable(type, subgraph))
        {
            if (field.IsResolvableIn(target))
            {
                return target;
            }
        }

        // A field only an @interfaceObject provides: jump to the interface in that subgraph.
        foreach (var iface in type.Interfaces.Select(i => supergraph.Types[i]).Where(i => i.GetField(field.Name) is not null))
        {
            var interfaceField = iface.GetField(field.Name)!;
            foreach (var target in interfaceField.ResolvableIn.Where(t => iface.IsInterfaceObjectIn(t) && CanJump(type, subgraph, iface, t)))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The subgraphs a query can reach from <paramref name="subgraph"/> through entity keys on <paramref name="type"/>.</summary>
    private static List<string> Reachable(SupergraphType type, string subgraph)
    {
        var reached = new List<string> { subgraph };
        for (var i = 0; i < reached.Count; i++)
        {
            foreach (var next in type.Subgraphs.Where(s => !reached.Contains(s) && CanJump(type, reached[i], type, s)))
            {
                reached.Add(next);
            }
        }

        return reached;
    }

    private static bool CanJump(SupergraphType from, string fromSubgraph, SupergraphType to, string toSubgraph) =>
        to.KeysIn(toSubgraph).Any(k => k.IsResolvable
            && k.Fields.TopLevelFieldNames().All(f => f == "__typename" || from.GetField(f)?.SourceIn(fromSubgraph) is not null));
}
