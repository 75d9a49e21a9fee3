using System.Runtime.CompilerServices;
using Fascicolo.Gateway.Composition;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Limits;

/// <summary>
/// Estimates what an operation costs before it runs, as an upper bound in the manner of the IBM GraphQL
/// cost directive specification: each field weighs its configured weight (<c>Gateway:Limits:Costs:Type.field</c>),
/// otherwise 1 for a scalar or enum and 2 for an object; the fields below a list weigh once per expected
/// item. The expected size of a list is its <c>first</c>, <c>last</c> or <c>limit</c> argument (the
/// literal, the variable's value, or the argument's default), otherwise <c>Gateway:Limits:DefaultListSize</c>.
/// A field with such an argument that is not itself a list is a connection: the lists directly below it
/// (<c>edges</c>, <c>nodes</c>) are the slice already counted, not another multiplication.
/// </summary>
/// <remarks>
/// <c>@skip</c> and <c>@include</c> are ignored (an upper bound). Introspection (<c>__schema</c>, <c>__type</c>)
/// costs nothing here: the gateway answers it from memory, and the depth and token limits bound it.
/// </remarks>
internal sealed class OperationCost
{
    private static readonly string[] SlicingArguments = ["first", "last", "limit"];

    private readonly Supergraph _supergraph;
    private readonly LimitSettings _settings;
    private readonly FragmentTable _fragments;
    private readonly GraphQL.Validation.Variables? _variables;
    private readonly Dictionary<(GraphQLFragmentDefinition, bool), long> _memo = [];
    private readonly HashSet<GraphQLFragmentDefinition> _walking = [];

    private OperationCost(Supergraph supergraph, LimitSettings settings, FragmentTable fragments, GraphQL.Validation.Variables? variables)
    {
        _supergraph = supergraph;
        _settings = settings;
        _fragments = fragments;
        _variables = variables;
    }

    /// <summary>Whether a variable's value entered the estimate (then it cannot be reused for other requests).</summary>
    private bool ReadVariables { get; set; }

    /// <summary>The estimated cost, and whether it depends on the request's variables.</summary>
    public static (long Cost, bool DependsOnVariables) Estimate(
        Supergraph supergraph,
        LimitSettings settings,
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        GraphQL.Validation.Variables? variables)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var rootType = supergraph.RootTypeName(operation.Operation) ?? supergraph.QueryType;
        var walk = new OperationCost(supergraph, settings, new FragmentTable(document), variables);
        var cost = walk.SelectionSet(operation.SelectionSet, rootType, insideSlice: false);
        return (cost, walk.ReadVariables);
    }

    private long SelectionSet(GraphQLSelectionSet set, string typeName, bool insideSlice)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return long.MaxValue;
        }

        var cost = 0L;
        foreach (var selection in set.Selections)
        {
            cost = SaturatingMath.Add(cost, selection switch
            {
                GraphQLField field => Field(field, typeName, insideSlice),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? typeName, insideSlice),
                GraphQLFragmentSpread spread when _fragments.Find(spread) is { } fragment => Fragment(fragment, insideSlice),
                _ => 0,
            });
        }

        return cost;
    }

    private long Fragment(GraphQLFragmentDefinition fragment, bool insideSlice)
    {
        if (_memo.TryGetValue((fragment, insideSlice), out var known))
        {
            return known;
        }

        // A cycle (invalid, refused by validation) adds nothing rather than looping.
        if (!_walking.Add(fragment))
        {
            return 0;
        }

        try
        {
            var cost = SelectionSet(fragment.SelectionSet, fragment.TypeCondition.Type.Name.StringValue, insideSlice);
            _memo[(fragment, insideSlice)] = cost;
            return cost;
        }
        finally
        {
            _walking.Remove(fragment);
        }
    }

    private long Field(GraphQLField field, string parentType, bool insideSlice)
    {
        var name = field.Name.StringValue;
        if (name is "__typename" or "__schema" or "__type")
        {
            return 0;
        }

        // Validation ran first, so the field exists; a miss would be a gateway bug, and still costs something.
        if (!_supergraph.TryGetType(parentType, out var parent) || parent.GetField(name) is not { } definition)
        {
            return _settings.ScalarFieldCost;
        }

        var composite = _supergraph.TryGetType(definition.NamedType, out var type) && type.IsComposite;
        long weight = _settings.Costs.TryGetValue(definition.Coordinate, out var configured)
            ? configured
            : composite ? _settings.ObjectFieldCost : _settings.ScalarFieldCost;
        if (!composite || field.SelectionSet is null)
        {
            return weight;
        }

        var listLevels = ListLevels(definition.Type);
        var slice = SliceSize(field, definition);
        var multiplier = slice
            ?? (listLevels > 0 && !insideSlice ? Power(_settings.DefaultListSize, listLevels) : 1);
        var children = SelectionSet(field.SelectionSet, definition.NamedType, insideSlice: slice is not null && listLevels == 0);
        return SaturatingMath.Add(weight, SaturatingMath.Multiply(multiplier, children));
    }

    /// <summary>The size a slicing argument asks for (the largest when several are given); null when the field has none.</summary>
    private long? SliceSize(GraphQLField field, SupergraphField definition)
    {
        long? size = null;
        foreach (var name in SlicingArguments)
        {
            if (definition.GetArgument(name) is not { } argument)
            {
                continue;
            }

            // An unset variable leaves the argument its default, as execution would.
            var value = field.Arguments?.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual(name))?.Value ?? argument.DefaultValue;
            var requested = value is null ? null : Number(value);
            if (requested is null && value is GraphQLVariable && argument.DefaultValue is { } fallback)
            {
                value = fallback;
                requested = Number(fallback);
            }

            if (requested is { } n)
            {
                size = Math.Max(size ?? 0, n);
            }
            else if (value is not (null or GraphQLNullValue))
            {
                size = Math.Max(size ?? 0, _settings.DefaultListSize);
            }
        }

        return size;
    }

    private long? Number(GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLIntValue literal:
                return long.TryParse(literal.Value.Span, out var parsed) ? Math.Max(0, parsed) : long.MaxValue;
            case GraphQLVariable variable:
                ReadVariables = true;
                return _variables?.ValueFor(variable.Name.StringValue) switch
                {
                    int i => Math.Max(0, i),
                    long l => Math.Max(0, l),
                    null => null,
                    _ => long.MaxValue,
                };
            default:
                return null;
        }
    }

    private static int ListLevels(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => ListLevels(nonNull.Type),
        GraphQLListType list => 1 + ListLevels(list.Type),
        _ => 0,
    };

    private static long Power(long value, int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result = SaturatingMath.Multiply(result, value);
        }

        return result;
    }
}
