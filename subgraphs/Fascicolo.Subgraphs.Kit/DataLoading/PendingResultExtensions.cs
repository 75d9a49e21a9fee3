using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Transforms a pending DataLoader result without awaiting it (the batch stays open).</summary>
public static class PendingResultExtensions
{
    /// <summary>
    /// A pending result that, once its batch is fetched, applies <paramref name="map"/>: e.g. the fiscal
    /// codes of a household's members for <see cref="AccessExtensions.DataSubjects{TSource}(GraphQL.Types.ObjectGraphType{TSource}, Func{TSource, GraphQL.IResolveFieldContext, IDataLoaderResult{IReadOnlyCollection{string}}})"/>.
    /// </summary>
    /// <typeparam name="T">The pending value's type.</typeparam>
    /// <typeparam name="TResult">The mapped value's type.</typeparam>
    /// <param name="pending">The pending result (e.g. <see cref="BatchLoader{TKey, TRow}.LoadMany"/>).</param>
    /// <param name="map">The transformation.</param>
    /// <returns>The pending mapped result.</returns>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(map);
        return new Mapped<T, TResult>(pending, map);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await pending.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
