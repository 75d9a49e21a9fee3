using System.Runtime.InteropServices;
using System.Text.Json;
using Fascicolo.Gateway.Execution.Transport;

namespace Fascicolo.Gateway.Execution.Results;

/// <summary>
/// The response merged so far, without a DOM of its own: the subgraph responses stay as parsed
/// (pooled) documents, and an entity merged into an object is recorded as an overlay of that
/// object's element. Writers read an object as its element plus its overlays ("parts").
/// </summary>
/// <remarks>
/// Invariant: overlays are only ever appended, and always to the first part of an object, so an
/// object's first part is stable from the moment a fetch collects it to the moment it is written;
/// collection and writing walk the parts in the same order and therefore agree on identities.
/// </remarks>
internal sealed class ResultStore : IDisposable
{
    // Copied on each (rare) adoption and read without a lock: responses arriving in parallel are parsed
    // and adopted while another fetch holds the Gate for a long walk, instead of spinning on it.
    private readonly Lock _adoption = new();
    private (JsonDocument Document, PooledBufferWriter Buffer)[] _documents = [];
    private readonly List<JsonElement> _rootParts = [];
    private readonly Dictionary<ElementId, List<JsonElement>> _overlays = [];

    /// <summary>Serialises collection and merging: parallel fetches touch the store from several threads.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The <c>data</c> objects of the root fetches, in the order they arrived.</summary>
    public IReadOnlyList<JsonElement> RootParts => _rootParts;

    /// <summary>Parses a subgraph response kept in <paramref name="buffer"/>; the store disposes both.</summary>
    public JsonDocument Adopt(PooledBufferWriter buffer)
    {
        var document = JsonDocument.Parse(buffer.WrittenMemory);
        lock (_adoption)
        {
            Volatile.Write(ref _documents, [.. _documents, (document, buffer)]);
        }

        return document;
    }

    /// <summary>Adds the <c>data</c> object of a root fetch.</summary>
    public void AddRoot(JsonElement data) => _rootParts.Add(data);

    /// <summary>Merges <paramref name="entity"/> into the object whose first part is <paramref name="target"/>.</summary>
    public void Attach(JsonElement target, JsonElement entity)
    {
        var id = IdOf(target);
        if (!_overlays.TryGetValue(id, out var list))
        {
            list = [];
            _overlays.Add(id, list);
        }

        list.Add(entity);
    }

    /// <summary>Appends <paramref name="element"/> and everything merged into it to <paramref name="parts"/>.</summary>
    public void AppendWithOverlays(JsonElement element, List<JsonElement> parts)
    {
        parts.Add(element);
        if (_overlays.Count == 0 || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (_overlays.TryGetValue(IdOf(element), out var list))
        {
            foreach (var overlay in list)
            {
                AppendWithOverlays(overlay, parts);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_adoption)
        {
            foreach (var (document, buffer) in _documents)
            {
                document.Dispose();
                buffer.Dispose();
            }

            _documents = [];
        }
    }

    private ElementId IdOf(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var documents = Volatile.Read(ref _documents);
        for (var i = 0; i < documents.Length; i++)
        {
            if (documents[i].Buffer.WrittenSpan.Overlaps(raw, out var offset))
            {
                return new ElementId(i, offset);
            }
        }

        throw new InvalidOperationException("The element does not belong to this request's responses.");
    }

    /// <summary>A JSON value's identity: which response, and where in it.</summary>
    private readonly record struct ElementId(int Document, int Offset);
}
