using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>
/// Maps a pending DataLoader result without awaiting it in the resolver: awaiting there would fetch
/// each parent's batch alone (N+1); returning the mapped result keeps every key in one batch.
/// (GraphQL.NET's own <c>Then</c> lives in its DataLoader package, which the kit does not use.)
/// </summary>
internal static class PendingResults
{
    /// <summary>A result that applies <paramref name="map"/> to <paramref name="pending"/>'s value once it is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> pending, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(pending, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> pending, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await pending.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
