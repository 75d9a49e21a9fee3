namespace Fascicolo.Domain.SyntheticCity.Randomness;

/// <summary>Items with integer weights, picked in proportion to them (integers keep picks exact everywhere).</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly long[] _cumulative;

    /// <summary>Builds the table; every weight must be positive.</summary>
    public WeightedTable(IEnumerable<(T Item, int Weight)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var items = new List<T>();
        var cumulative = new List<long>();
        long total = 0;
        foreach (var (item, weight) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
            total += weight;
            items.Add(item);
            cumulative.Add(total);
        }

        if (items.Count == 0)
        {
            throw new ArgumentException("A weighted table needs at least one entry.", nameof(entries));
        }

        _items = [.. items];
        _cumulative = [.. cumulative];
    }

    /// <summary>The items, in the order given.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>Picks an item with probability weight / total weight.</summary>
    public T Pick(SplitMix64 random)
    {
        var total = _cumulative[^1];
        var ticket = (long)Math.BigMul(random.NextUInt64(), (ulong)total, out _);

        // The first cumulative weight above the ticket owns it.
        var index = Array.BinarySearch(_cumulative, ticket + 1);
        return _items[index >= 0 ? index : ~index];
    }
}
