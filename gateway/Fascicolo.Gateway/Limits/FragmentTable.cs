using GraphQLParser.AST;

namespace Fascicolo.Gateway.Limits;

/// <summary>A document's fragment definitions by name, for walks that expand spreads.</summary>
internal sealed class FragmentTable
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);

    public FragmentTable(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            // Two fragments of one name are a validation error; the first one is enough for a bound.
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The fragment a spread names, or null when the document defines none by that name.</summary>
    public GraphQLFragmentDefinition? Find(GraphQLFragmentSpread spread) =>
        _fragments.GetValueOrDefault(spread.FragmentName.Name.StringValue);
}
