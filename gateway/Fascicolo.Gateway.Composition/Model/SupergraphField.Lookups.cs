namespace Fascicolo.Gateway.Composition;

// The planner asks these for every selected field: precomputed once at seal time.
public sealed partial class SupergraphField
{
    private static readonly Dictionary<string, FieldSource> NoSources = new(StringComparer.Ordinal);

    private Dictionary<string, FieldSource> _sourceBySubgraph = NoSources;
    private Dictionary<string, SupergraphArgument> _argumentsByName = [];
    private string[] _resolvableIn = [];

    /// <summary>Whether a plain selection of the field can be fetched from the subgraph: declared there, not external, not overridden away.</summary>
    public bool IsResolvableIn(string subgraph) =>
        _sourceBySubgraph.TryGetValue(subgraph, out var source) && source.IsResolvable;

    /// <summary>The subgraph's declaration of the field (its requires, provides, external flag), or <see langword="null"/> when it does not declare it.</summary>
    public FieldSource? SourceIn(string subgraph) => _sourceBySubgraph.GetValueOrDefault(subgraph);

    /// <summary>The argument with that name, or <see langword="null"/>.</summary>
    public SupergraphArgument? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    internal void Seal()
    {
        _sourceBySubgraph = new Dictionary<string, FieldSource>(StringComparer.Ordinal);
        foreach (var source in SourceList)
        {
            // A subgraph declares a field once; keep the first should a hand-written supergraph repeat it.
            _sourceBySubgraph.TryAdd(source.Subgraph, source);
        }

        _resolvableIn = [.. SourceList.Where(s => s.IsResolvable).Select(s => s.Subgraph).Distinct(StringComparer.Ordinal)];
        _argumentsByName = ArgumentList.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }
}
