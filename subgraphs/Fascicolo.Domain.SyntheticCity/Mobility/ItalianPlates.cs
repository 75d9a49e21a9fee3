using System.Text.RegularExpressions;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Italian car plates in the format issued since 1994: two letters, three digits, two letters
/// (<c>AB123CD</c>), from an alphabet without I, O, Q and U. Plates are issued in one national
/// sequence: the digits run fastest, then the last two letters, then the first two.
/// </summary>
public static partial class ItalianPlates
{
    /// <summary>The 22 letters plates use.</summary>
    public const string Letters = "ABCDEFGHJKLMNPRSTVWXYZ";

    /// <summary>How many plates the sequence holds: 22⁴ letter combinations times 1,000 numbers.</summary>
    public const long SequenceLength = 22L * 22 * 22 * 22 * 1000;

    // The first letter pair being issued at the start of some years: the sequence advances at the
    // pace of national registrations, faster in the 2000s than after 2008.
    private static readonly (int Year, string Pair)[] Anchors =
    [
        (1994, "AA"), (2000, "BD"), (2005, "CX"), (2010, "EA"), (2015, "EX"), (2020, "FZ"), (2026, "GZ"),
    ];

    /// <summary>Whether <paramref name="plate"/> is a well-formed plate (upper case, no spaces).</summary>
    /// <param name="plate">The text to check.</param>
    /// <returns>True for e.g. <c>FX318KM</c>; false for <c>FX318KO</c> or <c>fx318km</c>.</returns>
    public static bool IsValid(string? plate) => plate is not null && Pattern().IsMatch(plate);

    /// <summary>The plate at a position of the national sequence.</summary>
    /// <param name="sequence">0 (<c>AA000AA</c>) to <see cref="SequenceLength"/> − 1 (<c>ZZ999ZZ</c>).</param>
    /// <returns>The plate.</returns>
    public static string FromSequence(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sequence, SequenceLength);
        var digits = (int)(sequence % 1000);
        var letters = sequence / 1000;
        var last = (int)(letters % (22 * 22));
        var first = (int)(letters / (22 * 22));
        return $"{Letters[first / 22]}{Letters[first % 22]}{digits:D3}{Letters[last / 22]}{Letters[last % 22]}";
    }

    /// <summary>The position of a valid plate in the national sequence.</summary>
    /// <param name="plate">A plate for which <see cref="IsValid"/> holds.</param>
    /// <returns>Its position.</returns>
    public static long ToSequence(string plate)
    {
        if (!IsValid(plate))
        {
            throw new FormatException($"'{plate}' is not an Italian plate in the AB123CD format.");
        }
        long first = (Letters.IndexOf(plate[0], StringComparison.Ordinal) * 22) + Letters.IndexOf(plate[1], StringComparison.Ordinal);
        long last = (Letters.IndexOf(plate[5], StringComparison.Ordinal) * 22) + Letters.IndexOf(plate[6], StringComparison.Ordinal);
        return (((first * 22 * 22) + last) * 1000) + int.Parse(plate.AsSpan(2, 3), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>About where the national sequence stood on <paramref name="date"/> (linear between yearly anchors).</summary>
    /// <param name="date">A day from 1994 on; earlier days give the start of the sequence.</param>
    /// <returns>A position in the sequence.</returns>
    public static long SequenceOn(DateOnly date)
    {
        var years = date.Year + ((date.DayOfYear - 1) / 366.0);
        for (var i = 1; i < Anchors.Length; i++)
        {
            if (years < Anchors[i].Year || i == Anchors.Length - 1)
            {
                var (fromYear, fromPair) = Anchors[i - 1];
                var (toYear, toPair) = Anchors[i];
                var from = PairStart(fromPair);
                var to = PairStart(toPair);
                var fraction = Math.Clamp((years - fromYear) / (toYear - fromYear), 0.0, 1.0);
                return from + (long)((to - from) * fraction);
            }
        }
        return 0;
    }

    private static long PairStart(string pair) =>
        ((Letters.IndexOf(pair[0], StringComparison.Ordinal) * 22) + Letters.IndexOf(pair[1], StringComparison.Ordinal)) * 22L * 22 * 1000;

    [GeneratedRegex("^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$")]
    private static partial Regex Pattern();
}
