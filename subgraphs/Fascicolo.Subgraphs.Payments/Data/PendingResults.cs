using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>
/// Shapes a pending batch-loader result without awaiting it: a resolver must return the pending
/// result (not await it) so that GraphQL.NET can queue every key of the level into one batch.
/// </summary>
internal static class PendingResults
{
    /// <summary>A pending result that applies <paramref name="map"/> to <paramref name="pending"/>'s value when awaited.</summary>
    public static IDataLoaderResult<TResult> Then<TValue, TResult>(this IDataLoaderResult<TValue> pending, Func<TValue, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(map);
        return new Mapped<TValue, TResult>(pending, map);
    }

    private sealed class Mapped<TValue, TResult>(IDataLoaderResult<TValue> pending, Func<TValue, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await pending.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
