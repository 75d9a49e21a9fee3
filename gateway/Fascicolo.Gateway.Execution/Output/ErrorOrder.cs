using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Output;

/// <summary>
/// Orders a response's errors as the client's document orders the positions they name: errors
/// without a path first, then by path, a field's error before those below it, list items by index.
/// Fetch errors arrive in the order subgraphs answer; the writer's own (refusals, non-null
/// violations) in the order it walks; this gives every response one deterministic order.
/// </summary>
/// <remarks>
/// Paths are compared on the shape, without the data: at an abstract position, response keys rank
/// as the first runtime type listing them orders them (runtime types in the shape's order), which is
/// document order unless fragments order the same keys differently per type. A key the shape does
/// not have (a subgraph's error below a leaf, say) ranks after those it has, by ordinal.
/// </remarks>
internal static class ErrorOrder
{
    /// <summary>The errors in document order; stable, so errors at one path keep the order they were recorded in.</summary>
    public static IEnumerable<ExecutionError> InDocumentOrder(IReadOnlyList<ExecutionError> errors, SelectionShape root) =>
        errors.Count < 2 ? errors : errors.OrderBy(e => e, new PathComparer(root));

    private sealed class PathComparer(SelectionShape root) : IComparer<ExecutionError>
    {
        public int Compare(ExecutionError? x, ExecutionError? y)
        {
            var (a, b) = (x?.Path, y?.Path);
            if (a is null || b is null)
            {
                return (a is null ? 0 : 1) - (b is null ? 0 : 1);
            }

            SelectionShape? shape = root;
            for (var i = 0; i < a.Count && i < b.Count; i++)
            {
                var order = CompareSegments(shape, a[i], b[i]);
                if (order != 0)
                {
                    return order;
                }

                // Equal segments: a key leads into its field's selection; an index stays in the list's.
                if (a[i] is string key)
                {
                    shape = shape is null ? null : FieldOf(shape, key)?.Selection;
                }
            }

            return a.Count.CompareTo(b.Count);
        }

        private static int CompareSegments(SelectionShape? shape, object a, object b)
        {
            if (a is int i && b is int j)
            {
                return i.CompareTo(j);
            }

            if (a is string x && b is string y)
            {
                if (x == y)
                {
                    return 0;
                }

                var order = shape is null ? 0 : Rank(shape, x).CompareTo(Rank(shape, y));
                return order != 0 ? order : string.CompareOrdinal(x, y);
            }

            // An index and a key at one position: a path that does not match the response; indices first.
            return a is int ? -1 : 1;
        }

        private static int Rank(SelectionShape shape, string key)
        {
            var rank = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var runtimeType in shape.RuntimeTypes)
            {
                foreach (var field in shape.FieldsFor(runtimeType))
                {
                    if (field.ResponseKey == key)
                    {
                        return rank;
                    }

                    if (seen.Add(field.ResponseKey))
                    {
                        rank++;
                    }
                }
            }

            return int.MaxValue;
        }

        private static ShapeField? FieldOf(SelectionShape shape, string key)
        {
            foreach (var runtimeType in shape.RuntimeTypes)
            {
                foreach (var field in shape.FieldsFor(runtimeType))
                {
                    if (field.ResponseKey == key)
                    {
                        return field;
                    }
                }
            }

            return null;
        }
    }
}
