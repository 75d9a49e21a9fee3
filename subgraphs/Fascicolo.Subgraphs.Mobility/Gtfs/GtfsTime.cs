using System.Globalization;

namespace Fascicolo.Subgraphs.Mobility.Gtfs;

/// <summary>
/// GTFS times: <c>H:MM:SS</c> or <c>HH:MM:SS</c> measured from "noon minus 12 hours" of the service
/// day, so a trip running after midnight is written <c>25:35:00</c>.
/// </summary>
internal static class GtfsTime
{
    /// <summary>The latest hour accepted: a service day's trips may run well into the next day, not for days.</summary>
    public const int MaxHours = 47;

    /// <summary>Parses a time into seconds after the service day's start.</summary>
    /// <param name="text">The time, e.g. <c>8:05:00</c> or <c>25:35:00</c>.</param>
    /// <param name="seconds">The seconds.</param>
    /// <returns>Whether the text is a valid time.</returns>
    public static bool TryParse(string text, out int seconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        seconds = 0;
        var span = text.AsSpan();
        var firstColon = span.IndexOf(':');
        // H:MM:SS or HH:MM:SS, digits only.
        if (firstColon is < 1 or > 2 || span.Length != firstColon + 6 || span[firstColon + 3] != ':')
        {
            return false;
        }
        if (!TwoDigits(span[..firstColon], out var hours)
            || !TwoDigits(span.Slice(firstColon + 1, 2), out var minutes)
            || !TwoDigits(span.Slice(firstColon + 4, 2), out var secs)
            || hours > MaxHours || minutes > 59 || secs > 59)
        {
            return false;
        }
        seconds = (hours * 3600) + (minutes * 60) + secs;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>Formats seconds as a GTFS time, e.g. <c>25:35:00</c>.</summary>
    /// <param name="seconds">Seconds after the service day's start.</param>
    /// <returns>The time.</returns>
    public static string Format(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");
}
