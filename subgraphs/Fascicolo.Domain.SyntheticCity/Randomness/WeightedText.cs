using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Randomness;

/// <summary>
/// Reads the compact form the embedded lists are written in: entries separated by <c>;</c>, each a
/// text and an integer weight separated by its last space (<c>Maria Grazia 12;Anna 30</c>).
/// </summary>
internal static class WeightedText
{
    /// <summary>Parses <paramref name="text"/> into a weighted table; a malformed entry throws at start-up.</summary>
    public static WeightedTable<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<(string, int)>();
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = raw.LastIndexOf(' ');
            if (space <= 0)
            {
                throw new FormatException($"Entry '{raw}' has no weight.");
            }

            var weight = int.Parse(raw.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            entries.Add((raw[..space].Trim(), weight));
        }

        return new WeightedTable<string>(entries);
    }
}
