using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>
/// A result computed from pending batch-loader results. The loads must all be queued (their
/// <c>Load</c> called) before this is returned to GraphQL.NET, which awaits it only after the whole
/// level has queued its keys: awaiting them one after the other then still runs one batch each.
/// </summary>
/// <typeparam name="T">The result.</typeparam>
/// <param name="compute">Awaits the pending loads and computes the result.</param>
internal sealed class Pending<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    /// <inheritdoc/>
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

    /// <inheritdoc/>
    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await compute(cancellationToken).ConfigureAwait(false);
}
