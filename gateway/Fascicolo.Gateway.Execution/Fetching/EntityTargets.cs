using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>
/// The objects an entity fetch applies to, found by walking its path over the merged response, and
/// their representations, de-duplicated (each object points at the representation it produced).
/// </summary>
internal sealed class EntityTargets : IDisposable
{
    private readonly List<JsonElement> _targets = [];
    private readonly List<int> _representationOfTarget = [];
    private readonly List<(int Start, int Length)> _representations = [];
    private readonly Dictionary<(int Start, int Length), int> _unique;
    private readonly List<IReadOnlyList<object>>? _paths;

    private EntityTargets(bool recordPaths)
    {
        _unique = new Dictionary<(int, int), int>(new SliceComparer(this));
        _paths = recordPaths ? [] : null;
    }

    /// <summary>The representations, each a JSON object, one after another.</summary>
    public PooledBufferWriter Buffer { get; } = new(1024);

    /// <summary>How many distinct representations there are.</summary>
    public int RepresentationCount => _representations.Count;

    /// <summary>The first part of every target object.</summary>
    public IReadOnlyList<JsonElement> Targets => _targets;

    /// <summary>For each target, the index of its representation.</summary>
    public IReadOnlyList<int> RepresentationOfTarget => _representationOfTarget;

    /// <summary>For each target, its response path (only when collected with paths).</summary>
    public IReadOnlyList<IReadOnlyList<object>> Paths => _paths ?? throw new InvalidOperationException("Paths were not recorded.");

    /// <summary>The bytes of representation <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Representation(int index)
    {
        var (start, length) = _representations[index];
        return Buffer.WrittenSpan.Slice(start, length);
    }

    /// <summary>Walks <paramref name="path"/> and builds the representations; call under the store's gate.</summary>
    public static EntityTargets Collect(ResultStore store, ResponsePath path, IReadOnlyList<RepresentationFragment> fragments, bool recordPaths)
    {
        var targets = new EntityTargets(recordPaths);
        var parts = new List<JsonElement>();
        foreach (var root in store.RootParts)
        {
            store.AppendWithOverlays(root, parts);
        }

        using var walker = new PathWalker(store, parts, path.Segments, targets, fragments);
        walker.Walk(0, 0, parts.Count, recordPaths ? [] : null);
        return targets;
    }

    /// <inheritdoc />
    public void Dispose() => Buffer.Dispose();

    /// <summary>Records a target, writing its representation and de-duplicating it.</summary>
    internal void Add(JsonElement firstPart, int start, int length, List<object>? path)
    {
        var key = (start, length);
        if (_unique.TryGetValue(key, out var existing))
        {
            // Identical representation: forget the copy just written, reuse the first one.
            Buffer.Truncate(start);
        }
        else
        {
            existing = _representations.Count;
            _representations.Add(key);
            _unique.Add(key, existing);
        }

        _targets.Add(firstPart);
        _representationOfTarget.Add(existing);
        _paths?.Add(path!.ToArray());
    }

    private sealed class SliceComparer(EntityTargets owner) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            owner.Buffer.WrittenSpan.Slice(x.Start, x.Length).SequenceEqual(owner.Buffer.WrittenSpan.Slice(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) obj)
        {
            var hash = new HashCode();
            hash.AddBytes(owner.Buffer.WrittenSpan.Slice(obj.Start, obj.Length));
            return hash.ToHashCode();
        }
    }
}
