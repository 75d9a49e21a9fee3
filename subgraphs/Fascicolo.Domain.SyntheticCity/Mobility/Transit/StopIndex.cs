using System.Globalization;

namespace Fascicolo.Domain.SyntheticCity.Mobility.Transit;

/// <summary>
/// The stops of the synthetic network: one per place, and stops along the streets of long legs.
/// A leg's street stops are laid out from its alphabetically first end, so lines sharing a leg in
/// either direction share its stops.
/// </summary>
internal sealed class StopIndex
{
    private const double MetresBetweenStops = 450;
    private const double EarthRadiusMetres = 6_371_000;

    private readonly Dictionary<(string Name, double Latitude, double Longitude), string> _ids = [];
    private readonly CsvText _csv = new("stop_id", "stop_code", "stop_name", "stop_lat", "stop_lon", "wheelchair_boarding");

    /// <summary>The stops of a line in path order, with the distance from the first stop along the path.</summary>
    public IReadOnlyList<(string StopId, string Name, double Metres)> Pattern(TransitLine line)
    {
        var parts = line.Path.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length % 2 == 0)
        {
            throw new InvalidOperationException($"Line {line.Id}: a path alternates places and streets and ends with a place.");
        }
        var accessible = line.Mode == TransitMode.Metro;
        var pattern = new List<(string, string, double)>();
        var metres = 0.0;
        var previous = Place(parts[0]);
        pattern.Add((Id(parts[0], previous, accessible), parts[0], 0));
        for (var i = 1; i < parts.Length; i += 2)
        {
            var street = parts[i];
            var next = Place(parts[i + 1]);
            var leg = Distance(previous, next);
            foreach (var (name, point, fraction) in StreetStops(parts[i - 1], previous, parts[i + 1], next, street, leg))
            {
                pattern.Add((Id(name, point, accessible), name, metres + (leg * fraction)));
            }
            metres += leg;
            pattern.Add((Id(parts[i + 1], next, accessible), parts[i + 1], metres));
            previous = next;
        }
        return pattern;
    }

    /// <summary>The stops.txt text.</summary>
    public string ToCsv() => _csv.ToString();

    /// <summary>The great-circle distance in metres.</summary>
    public static double Distance((double Latitude, double Longitude) from, (double Latitude, double Longitude) to)
    {
        var dLat = double.DegreesToRadians(to.Latitude - from.Latitude);
        var dLon = double.DegreesToRadians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(double.DegreesToRadians(from.Latitude)) * Math.Cos(double.DegreesToRadians(to.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Sqrt(a));
    }

    private static (double Latitude, double Longitude) Place(string name) =>
        TransitNetwork.Places.TryGetValue(name, out var place)
            ? place
            : throw new InvalidOperationException($"The transit network has no place named '{name}'.");

    private static IEnumerable<(string Name, (double, double) Point, double Fraction)> StreetStops(
        string fromName, (double Latitude, double Longitude) from, string toName, (double Latitude, double Longitude) to, string street, double leg)
    {
        var count = street.Length == 0 ? 0 : Math.Max(0, (int)Math.Round(leg / MetresBetweenStops) - 1);
        var reversed = string.CompareOrdinal(fromName, toName) > 0;
        var (first, last) = reversed ? (to, from) : (from, to);
        for (var k = 1; k <= count; k++)
        {
            // Laid out and numbered from the alphabetically first end, whichever way this line runs.
            var number = reversed ? count + 1 - k : k;
            var along = (double)number / (count + 1);
            var point = (Math.Round(first.Latitude + ((last.Latitude - first.Latitude) * along), 6),
                Math.Round(first.Longitude + ((last.Longitude - first.Longitude) * along), 6));
            var fraction = (double)k / (count + 1);
            yield return (string.Create(CultureInfo.InvariantCulture, $"{street} {number}"), point, fraction);
        }
    }

    private string Id(string name, (double Latitude, double Longitude) point, bool accessible)
    {
        var key = (name, point.Latitude, point.Longitude);
        if (!_ids.TryGetValue(key, out var id))
        {
            var code = (_ids.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
            id = "S" + code;
            _ids[key] = id;
            _csv.Row(id, code, name, point.Latitude.ToString("F6", CultureInfo.InvariantCulture),
                point.Longitude.ToString("F6", CultureInfo.InvariantCulture), accessible ? "1" : null);
        }
        return id;
    }
}
