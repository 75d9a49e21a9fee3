namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>Reads streets written as <c>Via Roma 16121;Via Balbi 16126</c>: name, then its CAP after the last space.</summary>
internal static class StreetList
{
    /// <summary>Parses the list; a malformed entry throws at start-up.</summary>
    public static IReadOnlyList<Street> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var streets = new List<Street>();
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = raw.LastIndexOf(' ');
            var postalCode = space > 0 ? raw[(space + 1)..] : string.Empty;
            if (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
            {
                throw new FormatException($"Street '{raw}' does not end with a CAP.");
            }

            streets.Add(new Street(raw[..space].Trim(), postalCode));
        }

        return streets;
    }
}
