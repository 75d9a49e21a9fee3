using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Output;

/// <summary>
/// Writes the client's response by walking the plan's shape over the merged subgraph responses.
/// The fast path writes in one pass; if a non-null field turns out to have no value, it starts over
/// in checking mode, which finds where null lands (GraphQL spec, "Handling Field Errors").
/// </summary>
internal sealed partial class ResponseWriter(ResultStore store, ExecutionErrors errors, ExecutionRequest request)
{
    private readonly List<JsonElement> _parts = new(64);
    private List<object>? _path;
    private Utf8JsonWriter _writer = null!;

    /// <summary>Writes <c>{"data":…,"errors":[…]}</c> into <paramref name="output"/>.</summary>
    public void Write(PooledBufferWriter output, QueryPlan plan)
    {
        // Refused fields make errors with paths, and their null may propagate: only checking mode has both.
        if (plan.Shape.HasRefusedFields)
        {
            WriteResponse(output, plan.Shape, checking: true);
            return;
        }

        try
        {
            WriteResponse(output, plan.Shape, checking: false);
        }
        catch (NullPropagationRequired)
        {
            output.Clear();
            _parts.Clear();
            WriteResponse(output, plan.Shape, checking: true);
        }
    }

    private void WriteResponse(PooledBufferWriter output, SelectionShape shape, bool checking)
    {
        _path = checking ? [] : null;
        using var writer = new Utf8JsonWriter(output);
        _writer = writer;
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        foreach (var root in store.RootParts)
        {
            store.AppendWithOverlays(root, _parts);
        }

        // The root object always exists (even with no root parts): its fields decide about nulls.
        if (checking && !Completes(shape, 0, _parts.Count))
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteObject(shape, 0, _parts.Count);
        }

        if (errors.Any)
        {
            writer.WriteStartArray("errors"u8);
            foreach (var error in ErrorOrder.InDocumentOrder(errors.All, shape))
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private void WriteObject(SelectionShape shape, int start, int end)
    {
        var runtimeType = shape.IsAbstract ? Parts.RuntimeType(_parts, start, end, shape.TypeName) : shape.TypeName;
        _writer.WriteStartObject();
        foreach (var field in shape.FieldsFor(runtimeType))
        {
            _writer.WritePropertyName(field.ResponseKey);
            if (field.IsTypename)
            {
                _writer.WriteStringValue(runtimeType);
                continue;
            }

            if (IsIntrospection(field))
            {
                WriteIntrospection(field);
                continue;
            }

            if (field.Refusal is { } refusal)
            {
                WriteRefused(field, refusal);
                continue;
            }

            _path?.Add(field.ResponseKey);
            var mark = _parts.Count;
            var lookup = Parts.PushField(store, _parts, start, end, field.ResponseKey);
            WriteValue(field.Type, field.Selection, lookup, mark, _parts.Count);
            Parts.PopTo(_parts, mark);
            _path?.RemoveAt(_path.Count - 1);
        }

        _writer.WriteEndObject();
    }

    private void WriteValue(TypeShape type, SelectionShape? selection, Parts.Lookup lookup, int start, int end)
    {
        if (lookup != Parts.Lookup.Found)
        {
            if (type.NonNull)
            {
                // Checking mode never gets here: the nullable ancestor was checked and written as null.
                throw _path is null ? NullPropagationRequired.Instance : new InvalidOperationException("Null reached a non-null position after checking.");
            }

            _writer.WriteNullValue();
            return;
        }

        if (type.EnumValues is not null && IsHiddenEnumValue(type, _parts[start]))
        {
            // The fast path starts over in checking mode, where a hidden value at a non-null position
            // has already nulled an ancestor: only nullable ones get here.
            if (_path is null)
            {
                throw NullPropagationRequired.Instance;
            }

            _writer.WriteNullValue();
            return;
        }

        if (_path is not null && !type.NonNull && !Completes(type, selection, lookup, start, end))
        {
            _writer.WriteNullValue();
            return;
        }

        if (type.ItemType is null || selection is null && !HasNonNullItems(type))
        {
            if (selection is null)
            {
                _parts[start].WriteTo(_writer);
            }
            else
            {
                WriteObject(selection, start, end);
            }

            return;
        }

        WriteList(type.ItemType, selection, start, end);
    }

    private void WriteList(TypeShape itemType, SelectionShape? selection, int start, int end)
    {
        _writer.WriteStartArray();
        using var items = ListItems.Of(_parts, start, end);
        for (var i = 0; i < items.Length; i++)
        {
            _path?.Add(i);
            var mark = _parts.Count;
            var lookup = items.PushNext(store, _parts);
            WriteValue(itemType, selection, lookup, mark, _parts.Count);
            Parts.PopTo(_parts, mark);
            _path?.RemoveAt(_path.Count - 1);
        }

        _writer.WriteEndArray();
    }

    /// <summary>
    /// A refused field: null and its error. Only reached in checking mode, on a nullable field: the
    /// parent of a non-null one failed its check (<see cref="ObjectCompletes"/>) and was written null.
    /// </summary>
    private void WriteRefused(ShapeField field, FieldRefusal refusal)
    {
        if (_path is null || field.Type.NonNull)
        {
            throw new InvalidOperationException($"The refused field \"{field.ResponseKey}\" was reached outside checking mode or as non-null.");
        }

        _path.Add(field.ResponseKey);
        errors.Add(RefusalError(refusal, _path.ToArray()));
        _path.RemoveAt(_path.Count - 1);
        _writer.WriteNullValue();
    }

    private static ExecutionError RefusalError(FieldRefusal refusal, object[] path) =>
        new(refusal.Message, path, null, refusal.Code, null) { Reason = refusal.Reason };

    // A list of leaves is copied whole unless its items are non-null (a null item must then propagate)
    // or may hold hidden enum values (each is checked).
    private static bool HasNonNullItems(TypeShape type) => type.ItemType is { } item && (item.NonNull || item.ItemType is not null || item.EnumValues is not null);

    private static bool IsIntrospection(ShapeField field) => field.FieldName is "__schema" or "__type";

    private void WriteIntrospection(ShapeField field)
    {
        if (request.Introspection is { ValueKind: JsonValueKind.Object } introspection
            && introspection.TryGetProperty(field.ResponseKey, out var value))
        {
            value.WriteTo(_writer);
        }
        else
        {
            _writer.WriteNullValue();
        }
    }

    /// <summary>Signals the fast path that null propagation is needed; thrown once, rarely.</summary>
    private sealed class NullPropagationRequired : Exception
    {
        public static readonly NullPropagationRequired Instance = new();
    }
}
