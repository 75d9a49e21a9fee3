namespace Fascicolo.Gateway.Errors.Wording;

/// <summary>graphql-js's <c>suggestionList</c> and <c>didYouMean</c>: which names to suggest, and how the suggestion reads.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close enough to <paramref name="input"/> (distance at most 40% of its length, plus
    /// one), nearest first, ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distance.Measure(option, threshold) is { } d)
            {
                found[option] = d;
            }
        }

        return [.. found.Keys.Order(Comparer<string>.Create((a, b) => found[a] != found[b] ? found[a] - found[b] : NaturalOrder.Instance.Compare(a, b)))];
    }

    /// <summary>
    /// <c> Did you mean "a", "b", or "c"?</c> (with a leading space, at most five names, after
    /// <paramref name="subject"/> when given, e.g. "the enum value"); empty when there is nothing to suggest.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var prefix = subject is null ? " Did you mean " : $" Did you mean {subject} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => prefix + quoted[0] + "?",
            2 => prefix + quoted[0] + " or " + quoted[1] + "?",
            _ => prefix + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }
}
