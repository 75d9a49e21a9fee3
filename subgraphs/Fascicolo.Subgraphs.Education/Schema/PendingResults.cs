using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// Transforms a batched result without awaiting it: a resolver that awaited its loader would fetch
/// its batch at once, with only its own key, and undo the batching.
/// </summary>
internal static class PendingResults
{
    /// <summary>The pending result of <paramref name="map"/> applied to <paramref name="pending"/>'s value.</summary>
    public static IDataLoaderResult<TResult> Select<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map) =>
        new Mapped<T, TResult>(pending, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await pending.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
