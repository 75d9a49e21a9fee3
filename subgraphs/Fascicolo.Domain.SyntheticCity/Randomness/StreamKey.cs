namespace Fascicolo.Domain.SyntheticCity.Randomness;

/// <summary>
/// Names an independent random stream: the seed, then a path of labels and indices such as
/// <c>households / D969-1 / 42</c>. Each entity opens its own stream, so adding a facet, or drawing
/// more numbers for one entity, never shifts what any other entity gets.
/// </summary>
internal readonly record struct StreamKey
{
    private const ulong FnvOffset = 0xCBF29CE484222325;
    private const ulong FnvPrime = 0x100000001B3;

    private readonly ulong _value;

    private StreamKey(ulong value) => _value = value;

    /// <summary>The root key of a city's seed.</summary>
    public static StreamKey Root(ulong seed) => new(SplitMix64.Mix(seed ^ 0x4661736369636F6C)); // "Fascicol"

    /// <summary>The key of the child stream named <paramref name="label"/>.</summary>
    public StreamKey Derive(string label)
    {
        // FNV-1a over UTF-16 code units: string.GetHashCode is randomised per process.
        var hash = FnvOffset;
        foreach (var c in label)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Derive(hash);
    }

    /// <summary>The key of the child stream number <paramref name="index"/>.</summary>
    public StreamKey Derive(long index) => Derive(unchecked((ulong)index));

    /// <summary>Opens the stream: the same key always yields the same numbers.</summary>
    public SplitMix64 Open() => new(_value);

    private StreamKey Derive(ulong component) =>
        new(SplitMix64.Mix(_value ^ SplitMix64.Mix(component + 0x9E3779B97F4A7C15)));
}
