using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>
/// graphql-js's <c>inspect</c> over a request's JSON values, as its variable errors print them:
/// strings as <c>JSON.stringify</c> writes them, objects as <c>{ a: 1 }</c>, at most ten list items,
/// and <c>[Object]</c>/<c>[Array]</c> below the third level.
/// </summary>
internal static class JsInspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Format(JsonElement value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString();
    }

    /// <summary>A string as <c>JSON.stringify</c> writes it: only quotes, backslashes, control characters and lone surrogates are escaped.</summary>
    public static string Stringify(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pair)
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static void Write(StringBuilder text, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(Stringify(value.GetString()!));
                break;
            case JsonValueKind.Number:
                text.Append(JsNumber.Format(JsJson.Number(value)));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Array:
                WriteArray(text, value, depth + 1);
                break;
            case JsonValueKind.Object:
                WriteObject(text, value, depth + 1);
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteArray(StringBuilder text, JsonElement array, int depth)
    {
        var length = array.GetArrayLength();
        if (length == 0)
        {
            text.Append("[]");
            return;
        }

        if (depth > MaxRecursiveDepth)
        {
            text.Append("[Array]");
            return;
        }

        text.Append('[');
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (index == MaxArrayLength)
            {
                break;
            }

            text.Append(index++ == 0 ? string.Empty : ", ");
            Write(text, item, depth);
        }

        var remaining = length - index;
        if (remaining > 0)
        {
            text.Append(", ... ").Append(remaining.ToString(CultureInfo.InvariantCulture)).Append(remaining == 1 ? " more item" : " more items");
        }

        text.Append(']');
    }

    private static void WriteObject(StringBuilder text, JsonElement value, int depth)
    {
        var properties = JsJson.Properties(value);
        if (properties.Count == 0)
        {
            text.Append("{}");
            return;
        }

        if (depth > MaxRecursiveDepth)
        {
            text.Append("[Object]");
            return;
        }

        text.Append("{ ");
        for (var i = 0; i < properties.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(properties[i].Key).Append(": ");
            Write(text, properties[i].Value, depth);
        }

        text.Append(" }");
    }
}
