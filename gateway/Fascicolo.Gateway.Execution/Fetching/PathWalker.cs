using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Fetching;

/// <summary>Walks an entity fetch's path over the merged response and writes each target's representation.</summary>
internal sealed class PathWalker : IDisposable
{
    private readonly ResultStore _store;
    private readonly List<JsonElement> _parts;
    private readonly IReadOnlyList<PathSegment> _segments;
    private readonly EntityTargets _targets;
    private readonly IReadOnlyList<RepresentationFragment> _fragments;
    private readonly Utf8JsonWriter _writer;

    public PathWalker(ResultStore store, List<JsonElement> parts, IReadOnlyList<PathSegment> segments, EntityTargets targets, IReadOnlyList<RepresentationFragment> fragments)
    {
        _store = store;
        _parts = parts;
        _segments = segments;
        _targets = targets;
        _fragments = fragments;
        _writer = new Utf8JsonWriter(targets.Buffer);
    }

    /// <summary>Walks from segment <paramref name="segment"/> over the object in parts [start, end).</summary>
    public void Walk(int segment, int start, int end, List<object>? path)
    {
        if (start == end)
        {
            return;
        }

        if (segment == _segments.Count)
        {
            AddTarget(start, end, path);
            return;
        }

        switch (_segments[segment])
        {
            case FieldSegment field:
                var mark = _parts.Count;
                if (Parts.PushField(_store, _parts, start, end, field.ResponseKey) == Parts.Lookup.Found)
                {
                    path?.Add(field.ResponseKey);
                    Walk(segment + 1, mark, _parts.Count, path);
                    path?.RemoveAt(path.Count - 1);
                }

                Parts.PopTo(_parts, mark);
                break;
            case ListSegment:
                using (var items = ListItems.Of(_parts, start, end))
                {
                    WalkItems(segment, items, path);
                }

                break;
            case TypeConditionSegment condition:
                if (Parts.MatchRuntimeType(_parts, start, end, condition.Types) is not null)
                {
                    Walk(segment + 1, start, end, path);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown path segment {_segments[segment]}.");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void WalkItems(int segment, ListItems items, List<object>? path)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var itemMark = _parts.Count;
            if (items.PushNext(_store, _parts) == Parts.Lookup.Found)
            {
                path?.Add(i);
                Walk(segment + 1, itemMark, _parts.Count, path);
                path?.RemoveAt(path.Count - 1);
            }

            Parts.PopTo(_parts, itemMark);
        }
    }

    private void AddTarget(int start, int end, List<object>? path)
    {
        var (fragment, runtimeType) = FragmentFor(start, end);
        if (fragment is null)
        {
            return;
        }

        var bufferStart = _targets.Buffer.WrittenCount;
        _writer.Reset(_targets.Buffer);
        _writer.WriteStartObject();
        _writer.WriteString("__typename", fragment.Typename ?? (runtimeType.Length > 0 ? runtimeType : fragment.AppliesTo.First()));
        var complete = WriteFields(fragment.Fields, start, end, skipTypename: true);
        _writer.WriteEndObject();
        _writer.Flush();
        if (!complete)
        {
            // A key or required field is absent (its fetch failed), or a key field is null: such an object cannot be resolved.
            _targets.Buffer.Truncate(bufferStart);
            return;
        }

        _targets.Add(_parts[start], bufferStart, _targets.Buffer.WrittenCount - bufferStart, path);
    }

    /// <summary>The first fragment applying to the object, and the runtime type it applies by (empty when the object has no <c>__typename</c>).</summary>
    private (RepresentationFragment? Fragment, string RuntimeType) FragmentFor(int start, int end)
    {
        var any = false;
        for (var i = start; i < end; i++)
        {
            // Every part is asked: an interface object's part names the interface, an entity
            // interface's part the implementation, and a fragment may apply by either.
            if (Parts.Typename(_parts[i]) is not { } typename)
            {
                continue;
            }

            any = true;
            var name = typename.GetString()!;
            for (var f = 0; f < _fragments.Count; f++)
            {
                if (_fragments[f].AppliesTo.Contains(name))
                {
                    return (_fragments[f], name);
                }
            }
        }

        // Without __typename, a fragment for exactly one type can still apply (object positions).
        return !any && _fragments.Count == 1 && _fragments[0].AppliesTo.Count == 1 ? (_fragments[0], string.Empty) : (null, string.Empty);
    }

    /// <summary>Whether one of the object's <c>__typename</c>s is in <paramref name="types"/>.</summary>
    private bool IsOfType(int start, int end, IReadOnlyList<string> types)
    {
        for (var i = start; i < end; i++)
        {
            if (Parts.Typename(_parts[i]) is not { } typename)
            {
                continue;
            }

            for (var t = 0; t < types.Count; t++)
            {
                if (typename.ValueEquals(types[t]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool WriteFields(IReadOnlyList<RepresentationField> fields, int start, int end, bool skipTypename)
    {
        foreach (var field in fields)
        {
            if (skipTypename && field.Name == "__typename")
            {
                continue;
            }

            if (field.AppliesTo is { } types && !IsOfType(start, end, types))
            {
                // Selected in a type condition this object does not meet: not part of its representation.
                continue;
            }

            var mark = _parts.Count;
            var lookup = Parts.PushField(_store, _parts, start, end, field.ResponseKey);
            if (lookup == Parts.Lookup.Missing || (lookup == Parts.Lookup.Null && field.IsKey))
            {
                // A missing input (its fetch failed) or a null key field: no entity can be resolved from it.
                Parts.PopTo(_parts, mark);
                return false;
            }

            _writer.WritePropertyName(field.Name);
            var complete = lookup == Parts.Lookup.Null
                ? WriteNull()
                : field.Selection is null ? WriteLeaf(mark) : WriteComposite(field.Selection, mark, _parts.Count);
            Parts.PopTo(_parts, mark);
            if (!complete)
            {
                return false;
            }
        }

        return true;
    }

    private bool WriteNull()
    {
        _writer.WriteNullValue();
        return true;
    }

    private bool WriteLeaf(int index)
    {
        _parts[index].WriteTo(_writer);
        return true;
    }

    private bool WriteComposite(IReadOnlyList<RepresentationField> selection, int start, int end)
    {
        if (_parts[start].ValueKind != JsonValueKind.Array)
        {
            _writer.WriteStartObject();
            var complete = WriteFields(selection, start, end, skipTypename: false);
            _writer.WriteEndObject();
            return complete;
        }

        _writer.WriteStartArray();
        using var items = ListItems.Of(_parts, start, end);
        for (var i = 0; i < items.Length; i++)
        {
            var mark = _parts.Count;
            var lookup = items.PushNext(_store, _parts);
            var complete = lookup == Parts.Lookup.Found ? WriteComposite(selection, mark, _parts.Count) : WriteNull();
            Parts.PopTo(_parts, mark);
            if (!complete)
            {
                return false;
            }
        }

        _writer.WriteEndArray();
        return true;
    }
}
