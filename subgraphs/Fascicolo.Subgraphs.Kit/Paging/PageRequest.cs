using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The validated <c>first</c>/<c>after</c> arguments of a forward-only connection field. Fetch
/// <see cref="Limit"/> rows (one more than <see cref="First"/>) ordered by the sort key and strictly
/// after <see cref="After"/>, then build the page with <see cref="ToConnection{TNode}"/>.
/// </summary>
/// <typeparam name="TKey">The sort key type (a scalar, or a record for composite keys).</typeparam>
/// <param name="First">How many rows the page holds (1..100).</param>
/// <param name="After">The sort key to continue after (meaningful only when <paramref name="HasAfter"/>).</param>
/// <param name="HasAfter">Whether a cursor was given; <see langword="false"/> for the first page.</param>
public sealed record PageRequest<TKey>(int First, TKey? After, bool HasAfter)
{
    /// <summary>The number of rows to fetch: one extra tells whether there is a next page.</summary>
    public int Limit => First + 1;

    /// <summary>
    /// Builds the connection from the fetched rows (at most <see cref="Limit"/>, in sort order):
    /// the first <see cref="First"/> become edges, an extra row means <c>hasNextPage</c>.
    /// </summary>
    /// <typeparam name="TNode">The node type.</typeparam>
    /// <param name="rows">The fetched rows.</param>
    /// <param name="sortKey">The sort key of a row, encoded into its cursor.</param>
    /// <returns>The connection.</returns>
    public Connection<TNode> ToConnection<TNode>(IReadOnlyList<TNode> rows, Func<TNode, TKey> sortKey)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sortKey);
        var edges = rows.Take(First).Select(row => new Edge<TNode> { Node = row, Cursor = PageCursor.Encode(sortKey(row)) }).ToList();
        return new Connection<TNode>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > First,
                // The cursor's own row lies before this page; without a cursor this is the first page.
                HasPreviousPage = HasAfter,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }
}

/// <summary>Reads and validates the paging arguments of a connection field.</summary>
public static class Paging
{
    /// <summary>The page size when <c>first</c> is not given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest allowed page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Reads <c>first</c> and <c>after</c>.</summary>
    /// <typeparam name="TKey">The sort key type encoded in the cursors of this field.</typeparam>
    /// <param name="context">The field's resolve context.</param>
    /// <returns>The validated request.</returns>
    /// <exception cref="CodedError"><c>INVALID_PAGE_SIZE</c> or <c>INVALID_CURSOR</c>.</exception>
    public static PageRequest<TKey> GetPageRequest<TKey>(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 1 or > MaxPageSize)
        {
            throw new CodedError(ErrorCodes.InvalidPageSize, $"'first' must be between 1 and {MaxPageSize}; it was {first}.",
                new Dictionary<string, object?> { ["min"] = 1, ["max"] = MaxPageSize });
        }
        var after = context.GetArgument<string?>("after");
        return after is null
            ? new PageRequest<TKey>(first, default, HasAfter: false)
            : new PageRequest<TKey>(first, PageCursor.Decode<TKey>(after), HasAfter: true);
    }
}
