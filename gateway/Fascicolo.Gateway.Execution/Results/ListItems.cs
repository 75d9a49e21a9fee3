using System.Buffers;
using System.Text.Json;

namespace Fascicolo.Gateway.Execution.Results;

/// <summary>
/// Walks the items of a merged list (the arrays among an object's parts) in step, one enumerator per
/// array. Reading item <c>i</c> by index costs a scan of the items before it in a <see cref="JsonDocument"/>
/// array of objects, which made writing a list quadratic in its length; enumerators move in constant time.
/// </summary>
internal struct ListItems : IDisposable
{
    private readonly JsonElement.ArrayEnumerator[] _arrays;
    private readonly int _count;

    private ListItems(JsonElement.ArrayEnumerator[] arrays, int count, int length)
    {
        _arrays = arrays;
        _count = count;
        Length = length;
    }

    /// <summary>The length of the list: its first array's (the arrays of one list field agree in length).</summary>
    public int Length { get; }

    /// <summary>The arrays among parts [start, end).</summary>
    public static ListItems Of(List<JsonElement> parts, int start, int end)
    {
        var arrays = ArrayPool<JsonElement.ArrayEnumerator>.Shared.Rent(Math.Max(1, end - start));
        var count = 0;
        var length = -1;
        for (var i = start; i < end; i++)
        {
            if (parts[i].ValueKind == JsonValueKind.Array)
            {
                length = length < 0 ? parts[i].GetArrayLength() : length;
                arrays[count++] = parts[i].EnumerateArray();
            }
        }

        return new ListItems(arrays, count, Math.Max(0, length));
    }

    /// <summary>Pushes the next item of every array that has one, with its overlays: <see cref="Parts.Lookup.Null"/> when the items there are null.</summary>
    public readonly Parts.Lookup PushNext(ResultStore store, List<JsonElement> parts)
    {
        var result = Parts.Lookup.Missing;
        for (var i = 0; i < _count; i++)
        {
            if (!_arrays[i].MoveNext())
            {
                continue;
            }

            var item = _arrays[i].Current;
            if (item.ValueKind == JsonValueKind.Null)
            {
                result = result == Parts.Lookup.Missing ? Parts.Lookup.Null : result;
                continue;
            }

            store.AppendWithOverlays(item, parts);
            result = Parts.Lookup.Found;
        }

        return result;
    }

    /// <inheritdoc />
    public readonly void Dispose() => ArrayPool<JsonElement.ArrayEnumerator>.Shared.Return(_arrays, clearArray: true);
}
