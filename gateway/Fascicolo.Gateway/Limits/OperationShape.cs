using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Limits;

/// <summary>
/// The size of an operation as it will execute, fragments expanded: how deep its fields nest, how many
/// aliased fields it has, and how many fields it selects at the root. Variables do not change it, so it
/// is measured once per cached operation.
/// </summary>
/// <param name="Depth">The deepest field nesting; a root field is at depth 1.</param>
/// <param name="Aliases">Aliased fields, each fragment counted as often as it is spread.</param>
/// <param name="RootFields">Fields selected at the root, through fragments too; <c>__typename</c> is not counted.</param>
internal readonly record struct OperationShape(int Depth, long Aliases, long RootFields)
{
    /// <summary>Measures <paramref name="operation"/> of <paramref name="document"/>.</summary>
    public static OperationShape Measure(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var walker = new Walker(new FragmentTable(document));
        return new OperationShape(
            walker.Depth(operation.SelectionSet, introspection: false),
            walker.Aliases(operation.SelectionSet),
            walker.RootFields(operation.SelectionSet));
    }

    /// <summary>
    /// One measurement's walk. Each fragment's figures are computed once and reused at every spread, so a
    /// fragment spread twice in each of many nested fragments costs a linear walk, not an exponential one.
    /// A fragment met again while it is being walked (a cycle: invalid, but the walk must not loop) adds nothing.
    /// </summary>
    private sealed class Walker(FragmentTable fragments)
    {
        private readonly Dictionary<(GraphQLFragmentDefinition, bool), int> _depths = [];
        private readonly Dictionary<GraphQLFragmentDefinition, long> _aliases = [];
        private readonly Dictionary<GraphQLFragmentDefinition, long> _rootFields = [];
        private readonly HashSet<GraphQLFragmentDefinition> _walking = [];

        /// <summary>
        /// The nesting below a selection set. Inside <c>__schema</c> and <c>__type</c>, <c>ofType</c> does not
        /// count: the standard introspection query follows it seven levels to unwrap list and non-null
        /// types, which the schema bounds, while the fields that fan out (types, fields, args) still count.
        /// </summary>
        public int Depth(GraphQLSelectionSet set, bool introspection)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return int.MaxValue;
            }

            var deepest = 0;
            foreach (var selection in set.Selections)
            {
                var depth = selection switch
                {
                    GraphQLField field => FieldDepth(field, introspection),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet, introspection),
                    GraphQLFragmentSpread spread when fragments.Find(spread) is { } fragment => Memoized(_depths, (fragment, introspection), fragment, () => Depth(fragment.SelectionSet, introspection)),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }

            return deepest;
        }

        public long Aliases(GraphQLSelectionSet set)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return long.MaxValue;
            }

            var count = 0L;
            foreach (var selection in set.Selections)
            {
                count = SaturatingMath.Add(count, selection switch
                {
                    GraphQLField field => SaturatingMath.Add(field.Alias is null ? 0 : 1, field.SelectionSet is null ? 0 : Aliases(field.SelectionSet)),
                    GraphQLInlineFragment inline => Aliases(inline.SelectionSet),
                    GraphQLFragmentSpread spread when fragments.Find(spread) is { } fragment => Memoized(_aliases, fragment, fragment, () => Aliases(fragment.SelectionSet)),
                    _ => 0,
                });
            }

            return count;
        }

        public long RootFields(GraphQLSelectionSet set)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return long.MaxValue;
            }

            var count = 0L;
            foreach (var selection in set.Selections)
            {
                count = SaturatingMath.Add(count, selection switch
                {
                    GraphQLField field => field.Name.Value.Span is "__typename" ? 0 : 1,
                    GraphQLInlineFragment inline => RootFields(inline.SelectionSet),
                    GraphQLFragmentSpread spread when fragments.Find(spread) is { } fragment => Memoized(_rootFields, fragment, fragment, () => RootFields(fragment.SelectionSet)),
                    _ => 0,
                });
            }

            return count;
        }

        private int FieldDepth(GraphQLField field, bool introspection)
        {
            var name = field.Name.Value.Span;
            var inIntrospection = introspection || name is "__schema" or "__type";
            var below = field.SelectionSet is null ? 0 : Depth(field.SelectionSet, inIntrospection);
            var own = introspection && name is "ofType" ? 0 : 1;
            return below == int.MaxValue ? int.MaxValue : own + below;
        }

        private TValue Memoized<TKey, TValue>(Dictionary<TKey, TValue> memo, TKey key, GraphQLFragmentDefinition fragment, Func<TValue> compute)
            where TKey : notnull
            where TValue : struct
        {
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!_walking.Add(fragment))
            {
                return default;
            }

            try
            {
                var value = compute();
                memo[key] = value;
                return value;
            }
            finally
            {
                _walking.Remove(fragment);
            }
        }
    }
}
