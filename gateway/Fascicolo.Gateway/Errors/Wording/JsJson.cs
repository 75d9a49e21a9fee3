using System.Globalization;
using System.Text.Json;

namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>How <c>JSON.parse</c> sees a request's JSON: numbers as doubles, object keys in JavaScript's property order.</summary>
internal static class JsJson
{
    /// <summary>The number as a double; out-of-range literals become infinities, as in JavaScript.</summary>
    public static double Number(JsonElement number) =>
        double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The object's properties in JavaScript's order: array-index keys ("0", "7") first in numeric
    /// order, then the others as written; a repeated key keeps its first place and its last value.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Properties(JsonElement value)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var properties = new List<KeyValuePair<string, JsonElement>>();
        foreach (var property in value.EnumerateObject())
        {
            if (positions.TryGetValue(property.Name, out var at))
            {
                properties[at] = new(property.Name, property.Value);
            }
            else
            {
                positions[property.Name] = properties.Count;
                properties.Add(new(property.Name, property.Value));
            }
        }

        return [.. properties.Where(p => IsIndex(p.Key)).OrderBy(p => uint.Parse(p.Key, CultureInfo.InvariantCulture)), .. properties.Where(p => !IsIndex(p.Key))];
    }

    // An array index in ECMAScript: a canonical decimal below 2^32 - 1.
    private static bool IsIndex(string key) =>
        key.Length > 0 && (key == "0" || key[0] != '0') && key.All(char.IsAsciiDigit)
        && uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < uint.MaxValue;
}
