using System.Text.Json;

namespace Fascicolo.Gateway.Execution.Results;

/// <summary>
/// Reading merged objects: an object is a range of a shared parts list (its elements from several
/// responses); children are pushed after the parent's range, so walking the response allocates
/// nothing per object.
/// </summary>
internal static class Parts
{
    /// <summary>The result of looking a field up across an object's parts.</summary>
    public enum Lookup
    {
        /// <summary>No part has the field: its fetch failed or its entity was not returned.</summary>
        Missing,

        /// <summary>A part has it, with a null value.</summary>
        Null,

        /// <summary>At least one non-null value was pushed.</summary>
        Found,
    }

    /// <summary>Pushes the non-null values of <paramref name="key"/> in parts [start, end), with their overlays.</summary>
    public static Lookup PushField(ResultStore store, List<JsonElement> parts, int start, int end, string key)
    {
        var result = Lookup.Missing;
        for (var i = start; i < end; i++)
        {
            var part = parts[i];
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty(key, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                if (result == Lookup.Missing)
                {
                    result = Lookup.Null;
                }

                continue;
            }

            store.AppendWithOverlays(value, parts);
            result = Lookup.Found;
        }

        return result;
    }

    /// <summary>
    /// The object's runtime type from <c>__typename</c> in its parts, else <paramref name="fallback"/>
    /// (the static type at the position). A part naming the fallback gives way to one naming another
    /// type: an <c>@interfaceObject</c> answers the interface's name, and the entity fetch that learnt
    /// the implementation merges a later part naming it.
    /// </summary>
    public static string RuntimeType(List<JsonElement> parts, int start, int end, string fallback)
    {
        for (var i = start; i < end; i++)
        {
            if (Typename(parts[i]) is { } typename && !typename.ValueEquals(fallback))
            {
                return typename.GetString()!;
            }
        }

        return fallback;
    }

    /// <summary>The first of the object's <c>__typename</c>s in <paramref name="types"/>, or null.</summary>
    public static string? MatchRuntimeType(List<JsonElement> parts, int start, int end, IReadOnlySet<string> types)
    {
        for (var i = start; i < end; i++)
        {
            if (Typename(parts[i]) is { } typename && typename.GetString() is { } name && types.Contains(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The part's <c>__typename</c> when it is an object that has one.</summary>
    public static JsonElement? Typename(JsonElement part) =>
        part.ValueKind == JsonValueKind.Object && part.TryGetProperty("__typename", out var typename) && typename.ValueKind == JsonValueKind.String
            ? typename
            : null;

    /// <summary>Drops everything pushed after <paramref name="count"/>.</summary>
    public static void PopTo(List<JsonElement> parts, int count) => parts.RemoveRange(count, parts.Count - count);
}
