using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Loads rows for many keys in one call: fields call <see cref="Load"/> or <see cref="LoadMany"/> with
/// their key and return the pending result; GraphQL.NET resolves a whole level of the response first,
/// then awaits the pending results, and the first await runs one fetch for every key queued so far.
/// Keep one instance per field (a <c>static readonly</c> field of the graph type).
/// </summary>
/// <typeparam name="TKey">The key type, e.g. <see cref="string"/>.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="fetch">Fetches the rows of the given distinct keys.</param>
/// <param name="keySelector">The key a row belongs to.</param>
public class BatchLoader<TKey, TRow>(
    Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, Task<IEnumerable<TRow>>> fetch,
    Func<TRow, TKey> keySelector)
    where TKey : notnull
{
    /// <summary>Queues <paramref name="key"/> and returns its (first) row, or <see langword="null"/> when none.</summary>
    /// <param name="context">The field's resolve context (gives the request's services).</param>
    /// <param name="key">The key to load.</param>
    /// <returns>The pending row.</returns>
    public IDataLoaderResult<TRow?> Load(IResolveFieldContext context, TKey key) =>
        new PendingRow(Enqueue(context, key), key);

    /// <summary>Queues <paramref name="key"/> and returns all its rows (empty when none).</summary>
    /// <param name="context">The field's resolve context (gives the request's services).</param>
    /// <param name="key">The key to load.</param>
    /// <returns>The pending rows.</returns>
    public IDataLoaderResult<IReadOnlyList<TRow>> LoadMany(IResolveFieldContext context, TKey key) =>
        new PendingRows(Enqueue(context, key), key);

    internal Task<IEnumerable<TRow>> FetchAsync(IReadOnlyList<TKey> keys, IServiceProvider services, CancellationToken cancellationToken) =>
        fetch(keys, services, cancellationToken);

    internal TKey KeyOf(TRow row) => keySelector(row);

    private BatchQueue<TKey, TRow>.Batch Enqueue(IResolveFieldContext context, TKey key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices
            ?? throw new InvalidOperationException("BatchLoader needs ExecutionOptions.RequestServices (set by the kit's /graphql endpoint).");
        return services.GetRequiredService<DataLoaderContext>().QueueOf(this, services).Enqueue(key);
    }

    private sealed class PendingRow(BatchQueue<TKey, TRow>.Batch batch, TKey key) : IDataLoaderResult<TRow?>
    {
        public async Task<TRow?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var rows = await batch.GetRowsAsync(cancellationToken).ConfigureAwait(false);
            return rows.TryGetValue(key, out var list) ? list[0] : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class PendingRows(BatchQueue<TKey, TRow>.Batch batch, TKey key) : IDataLoaderResult<IReadOnlyList<TRow>>
    {
        public async Task<IReadOnlyList<TRow>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var rows = await batch.GetRowsAsync(cancellationToken).ConfigureAwait(false);
            return rows.TryGetValue(key, out var list) ? list : [];
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
