using Fascicolo.Gateway.Planning.Graph;
using Fascicolo.Gateway.Planning.Refusals;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

/// <summary>
/// Turns GraphQL selection sets into the planner's <see cref="OpSelectionSet"/>: applies
/// <c>@skip</c>/<c>@include</c>, inlines named fragments, flattens fragments that always apply,
/// drops fragments that never can, and merges fields (and fragments) sharing a response key
/// (type condition), so every response key appears once per selection set.
/// </summary>
// DIVERGENCE: executable directives other than @skip/@include are dropped, not forwarded to
// subgraphs, and named fragments are inlined rather than re-extracted into fetch documents (Apollo
// can reuse the client's fragments); fetch documents stay valid whatever each subgraph declares.
internal sealed partial class SelectionNormalizer
{
    // Fragment cycles are invalid GraphQL; the bound keeps a hand-made cyclic document from overflowing the stack.
    private const int MaxDepth = 256;

    // Shared by every field without arguments: PrintArguments adds nothing to it then.
    private static readonly List<string> NoVariables = [];

    private readonly TypeRelations _types;
    private readonly IReadOnlyDictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly IReadOnlySet<string> _trueVariables;
    private readonly RefusalLookup? _refusals;

    /// <summary>Creates a normalizer for one operation.</summary>
    /// <param name="types">The supergraph's type relations.</param>
    /// <param name="fragments">The document's fragment definitions by name.</param>
    /// <param name="trueVariables">The condition variables that are true.</param>
    /// <param name="refusals">When set, refused fields are left out (see <see cref="AddField"/>): the set is then what to fetch, not what to write.</param>
    public SelectionNormalizer(TypeRelations types, IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments, IReadOnlySet<string> trueVariables, RefusalLookup? refusals = null)
    {
        _types = types;
        _fragments = fragments;
        _trueVariables = trueVariables;
        _refusals = refusals;
    }

    /// <summary>A normalizer for federation field sets (no fragments definitions, no variables).</summary>
    public static SelectionNormalizer ForFieldSets(TypeRelations types) =>
        new(types, new Dictionary<string, GraphQLFragmentDefinition>(), new HashSet<string>());

    /// <summary>Normalizes a selection set on <paramref name="parentType"/>.</summary>
    public OpSelectionSet Normalize(GraphQLSelectionSet set, string parentType) => Normalize([set], parentType, 0);

    private OpSelectionSet Normalize(IReadOnlyList<GraphQLSelectionSet> sets, string parentType, int depth)
    {
        var collector = new Collector(parentType);
        foreach (var set in sets)
        {
            Collect(set, collector, depth);
        }

        return Build(collector, depth);
    }

    private void Collect(GraphQLSelectionSet set, Collector into, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new QueryPlanningException("The operation nests fragments too deeply (is a fragment cyclic?).");
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when IsIncluded(field.Directives):
                    AddField(field, into);
                    break;
                case GraphQLInlineFragment inline when IsIncluded(inline.Directives):
                    Narrow(inline.TypeCondition?.Type.Name.StringValue, inline.SelectionSet, into, depth);
                    break;
                case GraphQLFragmentSpread spread when IsIncluded(spread.Directives):
                    var name = spread.FragmentName.Name.StringValue;
                    var definition = _fragments.TryGetValue(name, out var found)
                        ? found
                        : throw new QueryPlanningException($"Unknown fragment \"{name}\".");
                    Narrow(definition.TypeCondition.Type.Name.StringValue, definition.SelectionSet, into, depth + 1);
                    break;
                default:
                    break;
            }
        }
    }

    private void Narrow(string? condition, GraphQLSelectionSet set, Collector into, int depth)
    {
        if (condition is null || _types.Covers(condition, into.Type))
        {
            Collect(set, into, depth);
        }
        else if (Overlaps(condition, into.Type))
        {
            Collect(set, into.Fragment(condition), depth);
        }
    }

    /// <summary>
    /// Adds a field, unless it is refused: on an object type it is then left out; on an abstract type
    /// refusing it for some of its possible types, it is selected in a fragment on each of the others
    /// (merged with the client's own fragments on them), so that only those are fetched.
    /// </summary>
    private void AddField(GraphQLField field, Collector into)
    {
        if (_refusals is null)
        {
            into.AddField(field);
            return;
        }

        var name = field.Name.StringValue;
        if (!_types.IsAbstract(into.Type))
        {
            if (_refusals.For(into.Type, name) is null)
            {
                into.AddField(field);
            }

            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal) || _refusals.AllowedTypes(into.Type, name) is not { } allowed)
        {
            into.AddField(field);
            return;
        }

        foreach (var type in allowed)
        {
            into.Fragment(type).AddField(field);
        }
    }

    private bool Overlaps(string condition, string type) =>
        _types.IsAbstract(type)
            ? _types.PossibleTypes(type).Any(t => _types.IsPossible(condition, t))
            : _types.IsPossible(condition, type);

    private OpSelectionSet Build(Collector collector, int depth)
    {
        var selections = new List<OpSelection>(collector.Entries.Count);
        foreach (var entry in collector.Entries)
        {
            selections.Add(entry switch
            {
                FieldEntry field => BuildField(collector.Type, field, depth),
                Collector fragment => new OpFragment(fragment.Type, Build(fragment, depth + 1)),
                _ => throw new InvalidOperationException("Unknown collector entry."),
            });
        }

        return new OpSelectionSet(selections);
    }

    private OpField BuildField(string parentType, FieldEntry entry, int depth)
    {
        var first = entry.Nodes[0];
        var variables = first.Arguments is null ? NoVariables : [];
        var arguments = ValuePrinter.PrintArguments(first.Arguments, variables);
        OpSelectionSet? sub = null;

        // Introspection fields are answered by the host, not planned: their sub-selections are not kept.
        if (first.SelectionSet is not null && !first.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
        {
            var subsets = entry.Nodes.Count == 1 ? [first.SelectionSet] : entry.Nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!).ToList();
            var definition = _types.Get(parentType).GetField(entry.Name)
                ?? throw new QueryPlanningException($"Unknown field \"{parentType}.{entry.Name}\".");
            sub = Normalize(subsets, definition.NamedType, depth + 1);
        }

        return new OpField(entry.ResponseKey, entry.Name, arguments, variables, sub);
    }
}
