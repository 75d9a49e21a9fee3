namespace Fascicolo.Gateway.Benchmarks.Lab;

/// <summary>
/// Everything a lab run started, stopped together in reverse order (gateways before the subgraphs
/// they call), also when the run fails or is cancelled.
/// </summary>
public sealed class ProcessGroup : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _items = [];

    /// <summary>Adds <paramref name="item"/> to what is stopped on dispose.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">A started process or server.</param>
    /// <returns><paramref name="item"/>.</returns>
    public T Add<T>(T item)
        where T : IAsyncDisposable
    {
        lock (_items)
        {
            _items.Add(item);
        }
        return item;
    }

    /// <summary>Removes <paramref name="item"/> (the caller stopped it).</summary>
    /// <param name="item">An item added before.</param>
    public void Remove(IAsyncDisposable item)
    {
        lock (_items)
        {
            _items.Remove(item);
        }
    }

    /// <summary>Stops everything, last started first.</summary>
    /// <returns>A task completing when all have stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        IAsyncDisposable[] items;
        lock (_items)
        {
            items = [.. _items];
            _items.Clear();
        }
        for (var i = items.Length - 1; i >= 0; i--)
        {
            await items[i].DisposeAsync().ConfigureAwait(false);
        }
    }
}
