namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The keys one loader has queued during one request. A batch stays open, collecting keys, until
/// its first result is awaited; then it is closed and fetched once, and later keys open a new batch.
/// GraphQL.NET's parallel execution strategy resolves sibling fields concurrently, hence the lock.
/// </summary>
internal sealed class BatchQueue<TKey, TRow>(BatchLoader<TKey, TRow> loader, IServiceProvider services)
    where TKey : notnull
{
    private readonly BatchLoader<TKey, TRow> _loader = loader;
    private readonly IServiceProvider _services = services;
    private readonly Lock _gate = new();
    private Batch? _open;

    /// <summary>Adds <paramref name="key"/> to the open batch and returns that batch.</summary>
    public Batch Enqueue(TKey key)
    {
        lock (_gate)
        {
            _open ??= new Batch(this);
            _open.Keys.Add(key);
            return _open;
        }
    }

    /// <summary>A set of keys fetched together.</summary>
    internal sealed class Batch(BatchQueue<TKey, TRow> queue)
    {
        private Task<Dictionary<TKey, List<TRow>>>? _rows;

        /// <summary>The distinct keys; only touched under the queue's lock.</summary>
        public HashSet<TKey> Keys { get; } = [];

        /// <summary>Closes the batch on first call and fetches it; every caller shares the one fetch.</summary>
        public Task<Dictionary<TKey, List<TRow>>> GetRowsAsync(CancellationToken cancellationToken)
        {
            lock (queue._gate)
            {
                if (_rows is null)
                {
                    if (ReferenceEquals(queue._open, this))
                    {
                        queue._open = null;
                    }
                    _rows = FetchAsync([.. Keys], cancellationToken);
                }
                return _rows;
            }
        }

        private async Task<Dictionary<TKey, List<TRow>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        {
            var rows = await queue._loader.FetchAsync(keys, queue._services, cancellationToken).ConfigureAwait(false);
            var byKey = new Dictionary<TKey, List<TRow>>();
            foreach (var row in rows)
            {
                var key = queue._loader.KeyOf(row);
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }
                list.Add(row);
            }
            return byKey;
        }
    }
}
