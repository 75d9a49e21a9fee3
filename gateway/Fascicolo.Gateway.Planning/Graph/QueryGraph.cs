using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Operations;

namespace Fascicolo.Gateway.Planning.Graph;

/// <summary>
/// The planner's view of a supergraph, in the spirit of Apollo's query graph: for every composite
/// type and every subgraph defining it, a <see cref="SubgraphTypeNode"/> saying which fields that
/// subgraph resolves (<see cref="FieldTransition"/>) and by which keys it can be entered
/// (<see cref="KeyTransition"/>). Built once per supergraph, immutable, shared by all plans.
/// </summary>
internal sealed class QueryGraph
{
    private readonly Dictionary<(string Type, string Subgraph), SubgraphTypeNode> _nodes = [];
    private readonly Dictionary<(string Type, string Field), FieldTransition[]> _entries = [];

    public QueryGraph(Supergraph supergraph)
    {
        Supergraph = supergraph;
        Types = new TypeRelations(supergraph);
        var fieldSets = SelectionNormalizer.ForFieldSets(Types);
        foreach (var type in supergraph.TypeList.Where(t => t.IsComposite))
        {
            var unionKnowsMembers = type.Kind == SupergraphTypeKind.Union && HasMemberInfo(supergraph, type);
            foreach (var subgraph in type.Subgraphs)
            {
                _nodes[(type.Name, subgraph)] = BuildNode(supergraph, fieldSets, type, subgraph, unionKnowsMembers);
            }
        }

        foreach (var type in supergraph.TypeList.Where(t => t.IsComposite))
        {
            LinkEntries(type);
        }

        foreach (var type in supergraph.TypeList.Where(t => t.Kind == SupergraphTypeKind.Object))
        {
            LinkInterfaceObjectEntries(type);
        }
    }

    /// <summary>The supergraph.</summary>
    public Supergraph Supergraph { get; }

    /// <summary>Supergraph-wide type relations.</summary>
    public TypeRelations Types { get; }

    /// <summary>The type as the subgraph defines it, or null when the subgraph does not define it.</summary>
    public SubgraphTypeNode? Node(string type, string subgraph) => _nodes.GetValueOrDefault((type, subgraph));

    /// <summary>The field transition of <paramref name="type"/>.<paramref name="field"/> in the subgraph, or null when undeclared there.</summary>
    public FieldTransition? Field(string type, string field, string subgraph) =>
        Node(type, subgraph)?.Fields.GetValueOrDefault(field);

    /// <summary>
    /// The ways into a field from another subgraph: its resolvable declarations in subgraphs having a
    /// key for the type, in supergraph order.
    /// </summary>
    public IReadOnlyList<FieldTransition> Entries(string type, string field) => _entries.GetValueOrDefault((type, field)) ?? [];

    /// <summary>The object types the subgraph can return at a position of the type.</summary>
    public IReadOnlyList<string> PossibleTypesIn(string type, string subgraph) =>
        Node(type, subgraph)?.PossibleTypes ?? (Types.IsAbstract(type) ? [] : [type]);

    // Precomputed so choosing where a field goes is a lookup, not a scan of its subgraphs.
    private void LinkEntries(SupergraphType type)
    {
        foreach (var field in type.Fields)
        {
            var entries = field.ResolvableIn
                .Select(s => Node(type.Name, s))
                .Where(n => n is { Keys.Count: > 0 })
                .Select(n => n!.Fields.GetValueOrDefault(field.Name))
                .OfType<FieldTransition>()
                .ToArray();
            _entries[(type.Name, field.Name)] = entries;
            foreach (var subgraph in type.Subgraphs)
            {
                if (Field(type.Name, field.Name, subgraph) is { } transition)
                {
                    transition.Alternatives = [.. entries.Where(e => e != transition)];
                }
            }
        }
    }

    // A field an @interfaceObject adds to an interface belongs to every implementation, yet no
    // subgraph declares it on the object: the way in is the interface object, by the interface's key.
    private void LinkInterfaceObjectEntries(SupergraphType type)
    {
        foreach (var field in type.Fields)
        {
            if (_entries.GetValueOrDefault((type.Name, field.Name)) is { Length: > 0 })
            {
                continue;
            }

            var viaInterfaces = type.Interfaces
                .SelectMany(i => Entries(i, field.Name).Where(e => Node(i, e.Subgraph) is { IsInterfaceObject: true }))
                .ToArray();
            if (viaInterfaces.Length > 0)
            {
                _entries[(type.Name, field.Name)] = viaInterfaces;
            }
        }
    }

    private static SubgraphTypeNode BuildNode(Supergraph supergraph, SelectionNormalizer fieldSets, SupergraphType type, string subgraph, bool unionKnowsMembers)
    {
        var fields = new Dictionary<string, FieldTransition>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (field.SourceIn(subgraph) is { } source)
            {
                var requires = source.Requires is null ? null : fieldSets.Normalize(source.Requires.Selection, type.Name);
                var returnType = source.TypeInSubgraph is null ? field.NamedType : NamedTypeOf(source.TypeInSubgraph);
                var provides = source.Provides is null ? null : fieldSets.Normalize(source.Provides.Selection, returnType);
                fields[field.Name] = new FieldTransition(field, source, requires, provides, returnType);
            }
        }

        var keys = new List<KeyTransition>();
        var keyFieldNames = new HashSet<string>(StringComparer.Ordinal);
        var isInterfaceObject = type.IsInterfaceObjectIn(subgraph);
        foreach (var membership in type.MembershipsIn(subgraph))
        {
            if (membership.Key is not { } key)
            {
                continue;
            }

            keyFieldNames.UnionWith(key.Fields.TopLevelFieldNames());
            // An @interfaceObject is entered by key too: the representation then names the interface.
            if (key.IsResolvable && membership.IsResolvable)
            {
                keys.Add(new KeyTransition(type.Name, subgraph, fieldSets.Normalize(key.Fields.Selection, type.Name), key.Fields.Text));
            }
        }

        return new SubgraphTypeNode(type.Name, subgraph, PossibleTypesIn(supergraph, type, subgraph, unionKnowsMembers), fields, keys, keyFieldNames)
        {
            IsInterfaceObject = isInterfaceObject,
        };
    }

    private static List<string> PossibleTypesIn(Supergraph supergraph, SupergraphType type, string subgraph, bool unionKnowsMembers) => type.Kind switch
    {
        SupergraphTypeKind.Object => [type.Name],

        // join v0.2 supergraphs carry no @join__unionMember: then any member the subgraph defines may come back.
        SupergraphTypeKind.Union => [.. type.PossibleTypes.Where(m => unionKnowsMembers
            ? type.HasUnionMemberIn(subgraph, m)
            : supergraph.Types.TryGetValue(m, out var member) && member.IsDefinedIn(subgraph))],
        _ => [.. type.PossibleTypes.Where(t => supergraph.Types.TryGetValue(t, out var impl) && impl.IsDefinedIn(subgraph) && ImplementsIn(supergraph, impl, type.Name, subgraph))],
    };

    // An object implements an interface in a subgraph when it declares it there, directly or via
    // an interface it declares that implements it there.
    private static bool ImplementsIn(Supergraph supergraph, SupergraphType type, string iface, string subgraph) =>
        type.ImplementsIn(subgraph, iface)
        || type.Interfaces.Any(i => type.ImplementsIn(subgraph, i) && supergraph.Types.TryGetValue(i, out var parent) && parent.ImplementsIn(subgraph, iface));

    private static bool HasMemberInfo(Supergraph supergraph, SupergraphType union) =>
        union.PossibleTypes.Any(m => supergraph.Subgraphs.Any(s => union.HasUnionMemberIn(s.Name, m)));

    private static string NamedTypeOf(string typeReference) => typeReference.Trim('[', ']', '!', ' ');
}
