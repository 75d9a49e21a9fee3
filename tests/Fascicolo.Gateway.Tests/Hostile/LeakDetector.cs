using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>A forbidden value found in a response.</summary>
/// <param name="Value">The value.</param>
/// <param name="Owner">Whose it is.</param>
/// <param name="Where">Where in the response (a data path, or the error text it was in).</param>
internal sealed record Leak(ValueKey Value, string Owner, string Where)
{
    public override string ToString() => $"{Value} of {Owner} at {Where}";
}

/// <summary>
/// Looks for forbidden values in a response: every text of <c>data</c> compared whole, every
/// <c>cents</c> amount of <c>data</c>, and every other text of the body (error messages, extensions)
/// searched for the forbidden texts inside it. Values the request itself contains are not leaks.
/// </summary>
internal static partial class LeakDetector
{
    /// <summary>Who owns a fiscal code found by <see cref="FindForeignFiscalCodes"/>: anyone but the attacker.</summary>
    public const string SomeoneElse = "someone else";

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<ValueKey, string>, ConcurrentDictionary<string, (ValueKey, string)[]>> SearchCache = new();

    /// <summary>The leaks in <paramref name="response"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="requestBody">The request body: values it names are the attacker's own knowledge.</param>
    /// <param name="forbidden">The values the attacker must not see, with their owner.</param>
    public static IReadOnlyList<Leak> Find(HostileResponse response, string requestBody, IReadOnlyDictionary<ValueKey, string> forbidden)
    {
        var found = new List<Leak>();
        if (response.Json is not { } json)
        {
            // Not JSON: search the whole text.
            SearchText(response.Text, "body", forbidden, found);
        }
        else
        {
            foreach (var property in json.EnumerateObject())
            {
                if (property.NameEquals("data"))
                {
                    Data(property.Value, "data", "data", forbidden, found);
                }
                else
                {
                    Texts(property.Value, property.Name, forbidden, found);
                }
            }
        }

        return [.. found.Where(leak => leak.Value.IsCents || !requestBody.Contains(leak.Value.Value, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// The fiscal codes in <paramref name="response"/> (whole data texts, or inside any other text) that
    /// are not in <paramref name="allowed"/> nor named by the request: for an attacker who may see nobody
    /// else's code, any such code is a leak, whether or not its owner is in the cast.
    /// </summary>
    public static IReadOnlyList<Leak> FindForeignFiscalCodes(HostileResponse response, string requestBody, IReadOnlySet<string> allowed)
    {
        var found = new List<Leak>();
        foreach (var (text, where) in Strings(response.Json, "$"))
        {
            foreach (Match match in FiscalCodeShape().Matches(text))
            {
                var code = match.Value;
                if (!allowed.Contains(code) && !requestBody.Contains(code, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new Leak(new ValueKey(code, IsCents: false), SomeoneElse, where));
                }
            }
        }

        return found;
    }

    private static IEnumerable<(string Text, string Where)> Strings(JsonElement? element, string path) => element switch
    {
        { ValueKind: JsonValueKind.Object } value => value.EnumerateObject().SelectMany(p => Strings(p.Value, $"{path}.{p.Name}")),
        { ValueKind: JsonValueKind.Array } value => value.EnumerateArray().SelectMany((item, i) => Strings(item, $"{path}.{i}")),
        { ValueKind: JsonValueKind.String } value => [(value.GetString()!, path)],
        _ => [],
    };

    // A natural person's fiscal code, omocodic letters allowed (upper case, as the subgraphs write them).
    [GeneratedRegex("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalCodeShape();

    private static void Data(JsonElement value, string name, string path, IReadOnlyDictionary<ValueKey, string> forbidden, List<Leak> found)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Data(property.Value, property.Name, $"{path}.{property.Name}", forbidden, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Data(item, name, $"{path}.{index++}", forbidden, found);
                }

                break;
            case JsonValueKind.String:
                var key = new ValueKey(value.GetString()!, IsCents: false);
                if (forbidden.TryGetValue(key, out var owner))
                {
                    found.Add(new Leak(key, owner, path));
                }

                break;
            case JsonValueKind.Number when name == "cents" && value.TryGetInt64(out var cents):
                var amount = new ValueKey(cents.ToString(CultureInfo.InvariantCulture), IsCents: true);
                if (forbidden.TryGetValue(amount, out var payer))
                {
                    found.Add(new Leak(amount, payer, path));
                }

                break;
        }
    }

    private static void Texts(JsonElement value, string path, IReadOnlyDictionary<ValueKey, string> forbidden, List<Leak> found)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Texts(property.Value, $"{path}.{property.Name}", forbidden, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Texts(item, path, forbidden, found);
                }

                break;
            case JsonValueKind.String:
                SearchText(value.GetString()!, path, forbidden, found);
                break;
        }
    }

    private static void SearchText(string text, string where, IReadOnlyDictionary<ValueKey, string> forbidden, List<Leak> found)
    {
        // Error texts repeat across the battery ("Access denied: ..."): each is searched once per attacker's set.
        var hits = SearchCache.GetValue(forbidden, _ => new ConcurrentDictionary<string, (ValueKey, string)[]>(StringComparer.Ordinal))
            .GetOrAdd(text, t => [.. forbidden.Where(f => !f.Key.IsCents && t.Contains(f.Key.Value, StringComparison.OrdinalIgnoreCase)).Select(f => (f.Key, f.Value))]);
        foreach (var (value, owner) in hits)
        {
            found.Add(new Leak(value, owner, $"{where}: \"{text}\""));
        }
    }
}
