using System.Text;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>
/// A selection set of a fetch document being built. Fields merge by response key and fragments by
/// type condition, so a field is never requested twice from one subgraph.
/// </summary>
internal sealed class SelectionSetBuilder
{
    private const string Typename = "__typename";

    private readonly List<object> _items = [];
    private readonly Dictionary<string, FieldBuilder> _fields = new(StringComparer.Ordinal);
    // Created on first use: most selection sets have no fragment.
    private Dictionary<string, SelectionSetBuilder>? _fragments;

    /// <summary>True when nothing would be printed.</summary>
    public bool IsEmpty => _fields.Count == 0 && (_fragments is null || _fragments.Values.All(f => f.IsEmpty));

    /// <summary>Adds (or finds) a field.</summary>
    /// <exception cref="InvalidOperationException">The response key is taken by a different field: a planner bug.</exception>
    public FieldBuilder Field(string responseKey, string name, string arguments)
    {
        if (_fields.TryGetValue(responseKey, out var existing))
        {
            return existing.Name == name && existing.Arguments == arguments
                ? existing
                : throw new InvalidOperationException($"Response key \"{responseKey}\" selects both {existing.Name}{existing.Arguments} and {name}{arguments}.");
        }

        var field = new FieldBuilder(responseKey, name, arguments);
        _fields.Add(responseKey, field);
        _items.Add(field);
        return field;
    }

    /// <summary>Whether the field is already selected here under that response key.</summary>
    public bool Has(string responseKey, string name, string arguments) =>
        _fields.TryGetValue(responseKey, out var field) && field.Name == name && field.Arguments == arguments;

    /// <summary>Adds <c>__typename</c>.</summary>
    public void AddTypename() => Field(Typename, Typename, string.Empty);

    /// <summary>Adds (or finds) an inline fragment.</summary>
    public SelectionSetBuilder Fragment(string typeCondition)
    {
        _fragments ??= new Dictionary<string, SelectionSetBuilder>(StringComparer.Ordinal);
        if (!_fragments.TryGetValue(typeCondition, out var fragment))
        {
            fragment = new SelectionSetBuilder();
            _fragments.Add(typeCondition, fragment);
            _items.Add(typeCondition);
        }

        return fragment;
    }

    /// <summary>
    /// Writes <c>{ … }</c>: <c>__typename</c> first, then the rest in insertion order; empty fragments
    /// are left out, and an empty selection is written <c>{ __typename }</c> to stay valid GraphQL.
    /// </summary>
    public void Write(StringBuilder builder)
    {
        builder.Append('{');
        var any = false;
        if (_fields.ContainsKey(Typename) || IsEmpty)
        {
            builder.Append(' ').Append(Typename);
            any = true;
        }

        foreach (var item in _items)
        {
            if (item is FieldBuilder field)
            {
                if (field.ResponseKey != Typename)
                {
                    builder.Append(' ');
                    field.Write(builder);
                    any = true;
                }
            }
            else if (_fragments![(string)item] is { IsEmpty: false } fragment)
            {
                builder.Append(" ... on ").Append((string)item).Append(' ');
                fragment.Write(builder);
                any = true;
            }
        }

        builder.Append(any ? " }" : "}");
    }
}
