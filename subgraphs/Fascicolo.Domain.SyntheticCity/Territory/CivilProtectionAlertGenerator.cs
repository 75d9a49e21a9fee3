using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Three years of alert messages up to a few days after the reference date: most in autumn, snow
/// in winter, thunderstorms in summer; each message puts some zones on alert, mostly yellow, for
/// half a day to two days. A zone is never on two alerts at once. An orange alert for rain on
/// zones B and C runs across the reference date, so "today" always has one to show.
/// </summary>
internal static class CivilProtectionAlertGenerator
{
    private const int YearsOfHistory = 3;
    private const int DaysAhead = 2;

    // Alerts start on round hours, as the regional messages set them; kept in UTC so that the
    // generator needs no time-zone data and gives the same instants on every machine.
    private static readonly int[] StartHours = [0, 6, 12, 15, 18];

    private static readonly WeightedTable<AlertColour> Colours = new([(AlertColour.Yellow, 72), (AlertColour.Orange, 22), (AlertColour.Red, 6)]);

    public static IReadOnlyList<CivilProtectionAlert> Generate(City city)
    {
        var root = city.FacetStream("civil-protection-alerts");
        var reference = city.Options.ReferenceDate;
        var first = reference.AddYears(-YearsOfHistory);
        var busyUntil = AlertZones.All.ToDictionary(z => z.Code, _ => DateTime.MinValue, StringComparer.Ordinal);
        var episodes = new List<List<CivilProtectionAlert>>();
        var referenceDay = reference.AddDays(-1);
        var reserved = ReferenceEpisode(referenceDay);

        for (var day = first; day <= reference.AddDays(DaysAhead); day = day.AddDays(1))
        {
            var random = root.Derive(day.DayNumber).Open();
            var episode = day == referenceDay ? reserved : Episode(day, random).Where(a => !reserved.Any(r => Overlap(r, a))).ToList();
            var free = episode.Where(a => busyUntil[a.ZoneCode] <= a.ValidFrom).ToList();
            foreach (var alert in free)
            {
                busyUntil[alert.ZoneCode] = alert.ValidTo;
            }

            if (free.Count > 0)
            {
                episodes.Add(free);
            }
        }

        // Messages are numbered from 1 each year; each zone's alert carries its message's number.
        var alerts = new List<CivilProtectionAlert>();
        foreach (var year in episodes.GroupBy(e => e[0].ValidFrom.Year))
        {
            var number = 0;
            foreach (var episode in year)
            {
                number++;
                alerts.AddRange(episode.Select(a => a with { Id = string.Create(CultureInfo.InvariantCulture, $"ALR-{year.Key}-{number:D3}-{a.ZoneCode}") }));
            }
        }

        return alerts;
    }

    private static List<CivilProtectionAlert> Episode(DateOnly day, SplitMix64 random)
    {
        if (!random.Chance(StartChance(day.Month)))
        {
            return [];
        }

        var type = TypeFor(day.Month, random);
        var strongest = Colours.Pick(random);
        var validFrom = day.ToDateTime(new TimeOnly(random.Pick(StartHours), 0), DateTimeKind.Utc);
        var validTo = validFrom.AddHours(6 * random.Next(2, 7));
        var issuedAt = validFrom.AddHours(-random.Next(6, 18));
        var alerts = new List<CivilProtectionAlert>();
        foreach (var zone in AlertZones.All)
        {
            // Snow falls inland (D, E) far more than on the coast.
            var inland = zone.Code is "D" or "E";
            var chance = type == AlertType.Snow ? (inland ? 0.85 : 0.25) : (zone.Code == "B" ? 0.6 : 0.45);
            if (random.Chance(chance))
            {
                var colour = strongest > AlertColour.Yellow && random.Chance(0.4) ? strongest - 1 : strongest;
                alerts.Add(new CivilProtectionAlert(string.Empty, zone.Code, type, colour, issuedAt, validFrom, validTo));
            }
        }

        return alerts;
    }

    private static bool Overlap(CivilProtectionAlert left, CivilProtectionAlert right) =>
        left.ZoneCode == right.ZoneCode && left.ValidFrom < right.ValidTo && right.ValidFrom < left.ValidTo;

    private static List<CivilProtectionAlert> ReferenceEpisode(DateOnly day)
    {
        var validFrom = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var validTo = validFrom.AddHours(36);
        var issuedAt = validFrom.AddHours(-14);
        return
        [
            new(string.Empty, AlertZones.B.Code, AlertType.Hydrogeological, AlertColour.Orange, issuedAt, validFrom, validTo),
            new(string.Empty, AlertZones.C.Code, AlertType.Hydrogeological, AlertColour.Yellow, issuedAt, validFrom, validTo),
        ];
    }

    // Autumn is Liguria's flood season; summer has few, short storms.
    private static double StartChance(int month) => month switch
    {
        9 or 10 or 11 => 0.07,
        12 or 1 or 2 => 0.035,
        3 or 4 or 5 => 0.025,
        _ => 0.015,
    };

    private static AlertType TypeFor(int month, SplitMix64 random) => month switch
    {
        6 or 7 or 8 or 9 => random.Chance(0.8) ? AlertType.Thunderstorms : AlertType.Hydrogeological,
        10 or 11 => random.Chance(0.3) ? AlertType.Thunderstorms : AlertType.Hydrogeological,
        12 or 1 or 2 => random.Chance(0.3) ? AlertType.Snow : AlertType.Hydrogeological,
        _ => random.Chance(0.4) ? AlertType.Thunderstorms : AlertType.Hydrogeological,
    };
}
