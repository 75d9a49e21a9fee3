using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>
/// Maps a pending batch result without awaiting it, so a field can reshape what a loader returns
/// (keep one direction, check a plate) and still be resolved with the rest of its batch.
/// (GraphQL.NET's own <c>Then</c> lives in its DataLoader package, which the kit does not use.)
/// </summary>
internal static class PendingResults
{
    /// <summary>The result of <paramref name="map"/> over <paramref name="result"/>, once it is loaded.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
