namespace Fascicolo.Gateway.Composition;

/// <summary>What the rules see: the parsed subgraphs, the same types grouped by name, and (after merge) the supergraph.</summary>
internal sealed class CompositionContext
{
    private Dictionary<string, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)>>? _typeGroups;
    private Dictionary<string, EnumUsage>? _enumUsage;
    private OutputSubtyping? _subtyping;

    public CompositionContext(IReadOnlyList<SubgraphSchema> subgraphs) => Subgraphs = subgraphs;

    public IReadOnlyList<SubgraphSchema> Subgraphs { get; }

    /// <summary>The merged supergraph, set between the merge and the post-merge phases.</summary>
    public Supergraph? Supergraph { get; set; }

    public List<CompositionError> Errors { get; } = [];

    /// <summary>Every type name with its definitions, in subgraph order; names in first-seen order.</summary>
    public IReadOnlyDictionary<string, List<(SubgraphSchema Subgraph, SubgraphTypeDef Type)>> TypeGroups => _typeGroups ??= GroupTypes();

    /// <summary>Whether each enum is used as an input, an output, or both, across all subgraphs.</summary>
    public IReadOnlyDictionary<string, EnumUsage> EnumUsage => _enumUsage ??= EnumUsageAnalysis.Analyse(Subgraphs);

    /// <summary>Which output types are subtypes of which, across all subgraphs (interfaces implemented, union members).</summary>
    public OutputSubtyping Subtyping => _subtyping ??= new OutputSubtyping(TypeGroups);

    public void Report(string code, string message, string? coordinate, params IEnumerable<string> subgraphs) =>
        Errors.Add(new CompositionError(code, message, coordinate, [.. subgraphs.Distinct(StringComparer.Ordinal)]));

    private Dictionary<string, List<(SubgraphSchema, SubgraphTypeDef)>> GroupTypes()
    {
        var groups = new Dictionary<string, List<(SubgraphSchema, SubgraphTypeDef)>>(StringComparer.Ordinal);
        foreach (var subgraph in Subgraphs)
        {
            foreach (var type in subgraph.TypeList)
            {
                if (!groups.TryGetValue(type.Name, out var list))
                {
                    groups[type.Name] = list = [];
                }

                list.Add((subgraph, type));
            }
        }

        return groups;
    }
}
