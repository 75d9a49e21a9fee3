using System.Diagnostics.CodeAnalysis;

namespace Fascicolo.Gateway.Planning;

/// <summary>
/// A bounded, thread-safe cache of query plans, least recently used evicted first. Plans are
/// immutable, so one cached plan serves concurrent requests.
/// </summary>
public sealed class QueryPlanCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<QueryPlanCacheKey, LinkedListNode<(QueryPlanCacheKey Key, QueryPlan Plan)>> _entries = [];
    private readonly LinkedList<(QueryPlanCacheKey Key, QueryPlan Plan)> _recency = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> plans.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is not positive.</exception>
    public QueryPlanCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most plans kept.</summary>
    public int Capacity { get; }

    /// <summary>The plans held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Finds a plan, marking it recently used.</summary>
    public bool TryGet(QueryPlanCacheKey key, [MaybeNullWhen(false)] out QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                plan = node.Value.Plan;
                return true;
            }
        }

        plan = null;
        return false;
    }

    /// <summary>Stores a plan, evicting the least recently used one when full.</summary>
    public void Set(QueryPlanCacheKey key, QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(plan);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst((key, plan));
        }
    }

    /// <summary>
    /// The cached plan, or a new one from <paramref name="planner"/>, stored. Planning runs outside the
    /// lock: two threads missing the same key at once may both plan it (equal plans; the last stored stays).
    /// </summary>
    public QueryPlan GetOrAdd(QueryPlanCacheKey key, Func<QueryPlanCacheKey, QueryPlan> planner)
    {
        ArgumentNullException.ThrowIfNull(planner);
        if (TryGet(key, out var plan))
        {
            return plan;
        }

        plan = planner(key);
        Set(key, plan);
        return plan;
    }

    /// <summary>
    /// Like <see cref="GetOrAdd(QueryPlanCacheKey, Func{QueryPlanCacheKey, QueryPlan})"/>, passing
    /// <paramref name="state"/> to a static planner so the hit path allocates no closure.
    /// </summary>
    public QueryPlan GetOrAdd<TState>(QueryPlanCacheKey key, Func<QueryPlanCacheKey, TState, QueryPlan> planner, TState state)
    {
        ArgumentNullException.ThrowIfNull(planner);
        if (TryGet(key, out var plan))
        {
            return plan;
        }

        plan = planner(key, state);
        Set(key, plan);
        return plan;
    }

    /// <summary>Removes every plan (e.g. when the supergraph changes).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }
}
