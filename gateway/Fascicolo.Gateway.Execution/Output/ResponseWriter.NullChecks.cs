using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Output;

/// <summary>Checking mode: decides where a missing non-null value makes null land.</summary>
internal sealed partial class ResponseWriter
{
    // The refusal at the position where the last failed check stopped; null when a value was missing there.
    private FieldRefusal? _violation;

    /// <summary>
    /// True when the value at this position is non-null after null propagation. When it is not, the
    /// first non-null position without a value gets an error (unless a subgraph already reported one
    /// at or below it).
    /// </summary>
    private bool Completes(TypeShape type, SelectionShape? selection, Parts.Lookup lookup, int start, int end)
    {
        var depth = _path!.Count;
        var completes = CompletesFrom(type, selection, lookup, start, end);
        if (!completes)
        {
            // A refused non-null field is the violation: its refusal is the error there.
            if (!errors.HasErrorAtOrBelow(_path))
            {
                errors.Add(_violation is { } refusal
                    ? RefusalError(refusal, _path.ToArray())
                    : new ExecutionError("Cannot return null for non-nullable field.", _path.ToArray(), null, "NON_NULL_VIOLATION", null));
            }

            // CompletesFrom leaves the path at the violation; the caller's position is restored here.
            _path.RemoveRange(depth, _path.Count - depth);
        }

        return completes;
    }

    private bool Completes(SelectionShape shape, int start, int end) =>
        Completes(new TypeShape(true, null, shape.TypeName), shape, Parts.Lookup.Found, start, end);

    private bool CompletesFrom(TypeShape type, SelectionShape? selection, Parts.Lookup lookup, int start, int end)
    {
        if (lookup != Parts.Lookup.Found)
        {
            _violation = null;
            return false;
        }

        if (type.EnumValues is not null && IsHiddenEnumValue(type, _parts[start]))
        {
            if (type.NonNull)
            {
                AddHiddenEnumValueError();
            }

            return false;
        }

        if (type.ItemType is { } itemType)
        {
            using var items = ListItems.Of(_parts, start, end);
            for (var i = 0; i < items.Length; i++)
            {
                var mark = _parts.Count;
                var itemLookup = items.PushNext(store, _parts);
                var depth = _path!.Count;
                _path.Add(i);
                var completes = CompletesFrom(itemType, selection, itemLookup, mark, _parts.Count);
                Parts.PopTo(_parts, mark);
                if (!completes && itemType.NonNull)
                {
                    return false;
                }

                _path.RemoveRange(depth, _path.Count - depth);
            }

            return true;
        }

        return selection is null || ObjectCompletes(selection, start, end);
    }

    private bool ObjectCompletes(SelectionShape shape, int start, int end)
    {
        var runtimeType = shape.IsAbstract ? Parts.RuntimeType(_parts, start, end, shape.TypeName) : shape.TypeName;
        foreach (var field in shape.FieldsFor(runtimeType))
        {
            if (field.IsTypename || IsIntrospection(field))
            {
                continue;
            }

            if (field.Refusal is { } refusal)
            {
                // Never fetched: null here. Only a non-null one fails the object, leaving the path on it.
                if (field.Type.NonNull)
                {
                    _path!.Add(field.ResponseKey);
                    _violation = refusal;
                    return false;
                }

                continue;
            }

            var mark = _parts.Count;
            var lookup = Parts.PushField(store, _parts, start, end, field.ResponseKey);
            var depth = _path!.Count;
            _path.Add(field.ResponseKey);
            var completes = CompletesFrom(field.Type, field.Selection, lookup, mark, _parts.Count);
            Parts.PopTo(_parts, mark);
            if (!completes && field.Type.NonNull)
            {
                return false;
            }

            _path.RemoveRange(depth, _path.Count - depth);
        }

        return true;
    }
}
