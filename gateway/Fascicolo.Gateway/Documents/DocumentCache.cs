using System.Collections.Concurrent;

namespace Fascicolo.Gateway.Documents;

/// <summary>
/// The bounded cache of <see cref="PreparedDocument"/>s keyed by the exact query text, looked up with
/// the characters the request reader decoded (no string is created on a hit). Two generations give a
/// cheap approximation of least-recently-used eviction without a lock on the read path: lookups go to
/// the current generation, then to the previous one (a hit there is copied forward); when the current
/// one is full it becomes the previous one and the older generation is dropped.
/// </summary>
internal sealed class DocumentCache
{
    private readonly Lock _rotation = new();
    private readonly int _generationSize;
    private readonly int _maxTokens;
    private volatile Generation _current = new();
    private volatile Generation _previous = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    /// <param name="capacity">The most documents kept.</param>
    /// <param name="maxTokens">The most lexical tokens a document may have before it is parsed; 0 for no limit.</param>
    public DocumentCache(int capacity, int maxTokens = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _generationSize = Math.Max(1, capacity / 2);
        _maxTokens = maxTokens;
    }

    /// <summary>The cached document for <paramref name="text"/>, parsed and stored on a miss.</summary>
    public PreparedDocument GetOrAdd(ReadOnlySpan<char> text)
    {
        var current = _current;
        if (current.Lookup.TryGetValue(text, out var document))
        {
            return document;
        }

        document = _previous.Lookup.TryGetValue(text, out var older) ? older : DocumentParser.Parse(text.ToString(), _maxTokens);
        Add(current, document);
        return document;
    }

    /// <summary>The cached document for <paramref name="text"/>, parsed and stored on a miss.</summary>
    public PreparedDocument GetOrAdd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = _current;
        if (current.Documents.TryGetValue(text, out var document))
        {
            return document;
        }

        document = _previous.Documents.TryGetValue(text, out var older) ? older : DocumentParser.Parse(text, _maxTokens);
        Add(current, document);
        return document;
    }

    private void Add(Generation generation, PreparedDocument document)
    {
        if (!generation.Documents.TryAdd(document.Text, document) || Interlocked.Increment(ref generation.Count) < _generationSize)
        {
            return;
        }

        lock (_rotation)
        {
            // Another thread may have rotated already: only the generation that filled up moves back.
            if (_current == generation)
            {
                _previous = generation;
                _current = new Generation();
            }
        }
    }

    private sealed class Generation
    {
        // A field, not a property: Interlocked updates it. ConcurrentDictionary.Count would lock every bucket.
        public int Count;

        public Generation() => Lookup = Documents.GetAlternateLookup<ReadOnlySpan<char>>();

        public ConcurrentDictionary<string, PreparedDocument> Documents { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, PreparedDocument>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
