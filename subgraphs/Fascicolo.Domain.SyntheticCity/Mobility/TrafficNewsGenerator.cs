using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// Draws the traffic notices of the months around the reference date: roadworks, closures and
/// transit diversions on streets of Genova's buildings, and the city's yearly events at their places.
/// </summary>
internal static class TrafficNewsGenerator
{
    private const int BaseCount = 24;
    private const int ResidentsPerExtraNotice = 20_000;

    private static readonly string[] RoadworksReasons =
    [
        "rifacimento della pavimentazione", "posa di sottoservizi (gas e acqua)", "manutenzione della rete fognaria",
        "posa della fibra ottica", "consolidamento del muro di sostegno",
    ];

    private static readonly string[] ClosureReasons =
    [
        "potatura degli alberi", "lavori urgenti sulla rete idrica", "messa in sicurezza di un edificio", "trasloco con autoscala",
    ];

    private static readonly string[] BusLines = ["1", "7", "9", "13", "15", "17", "18", "20", "34", "35", "37", "39", "40", "42", "43", "44", "45", "480"];

    // The city's yearly events (month, day, days, title, street, municipio, latitude, longitude).
    private static readonly (int Month, int Day, int Days, string Title, string Street, int Municipio, double Latitude, double Longitude)[] Events =
    [
        (4, 22, 11, "Euroflora", "Parchi di Nervi", 9, 44.3812, 9.0431),
        (4, 12, 1, "Genova Half Marathon", "Corso Italia", 8, 44.3951, 8.9548),
        (6, 24, 1, "Festa di San Giovanni Battista, processione", "Via San Lorenzo", 1, 44.4086, 8.9318),
        (9, 18, 6, "Salone Nautico Internazionale", "Piazzale John Fitzgerald Kennedy", 8, 44.3986, 8.9469),
        (10, 11, 3, "Rolli Days", "Via Garibaldi", 1, 44.4113, 8.9327),
        (12, 8, 1, "Fiera di Sant'Agata", "Corso Galilei", 3, 44.4128, 8.9515),
    ];

    public static IReadOnlyList<TrafficNewsItem> Generate(City city)
    {
        var root = city.FacetStream("mobility/traffic-news");
        var reference = city.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue);
        var buildings = city.Buildings.Where(b => b.Municipio is not null).ToArray();
        var items = new List<TrafficNewsItem>();
        var count = BaseCount + (city.Residents.Count / ResidentsPerExtraNotice);
        for (var i = 0; i < count; i++)
        {
            var random = root.Derive(i).Open();
            items.Add(Notice(random, random.Pick(buildings), reference));
        }
        foreach (var e in Events)
        {
            // This year's edition, or next year's when this year's ended more than half a year ago.
            var start = new DateTime(reference.Year, e.Month, e.Day, 6, 0, 0, DateTimeKind.Unspecified);
            if (start < reference.AddMonths(-6))
            {
                start = start.AddYears(1);
            }
            else if (start > reference.AddMonths(6))
            {
                start = start.AddYears(-1);
            }
            items.Add(new TrafficNewsItem(string.Empty, TrafficNewsKind.Event, $"{e.Title}: modifiche alla viabilità",
                $"In occasione di {e.Title} sono in vigore divieti di sosta e di transito in {e.Street} e nelle vie vicine; linee AMT deviate.",
                e.Street, e.Municipio, e.Latitude, e.Longitude, start, start.AddDays(e.Days).AddHours(17)));
        }
        return [.. items
            .OrderBy(n => n.ValidFrom).ThenBy(n => n.Street, StringComparer.Ordinal)
            .Select((n, i) => n with { Id = $"TN-{i + 1:D5}" })];
    }

    private static TrafficNewsItem Notice(SplitMix64 random, Building building, DateTime reference)
    {
        var start = reference.AddDays(random.Next(-120, 60)).AddHours(random.Chance(0.5) ? 0 : 7);
        var street = building.Street;
        var roll = random.Next(100);
        if (roll < 55)
        {
            var reason = random.Pick(RoadworksReasons);
            DateTime? until = random.Chance(0.1) ? null : start.AddDays(random.Next(7, 120)).AddHours(19);
            return new TrafficNewsItem(string.Empty, TrafficNewsKind.Roadworks, $"Lavori stradali in {street}",
                $"Restringimento di carreggiata per {reason}; senso unico alternato regolato da movieri o semaforo. Possibili rallentamenti.",
                street, building.Municipio, building.Latitude, building.Longitude, start, until);
        }
        if (roll < 80)
        {
            var reason = random.Pick(ClosureReasons);
            return new TrafficNewsItem(string.Empty, TrafficNewsKind.Closure, $"Chiusura al traffico di {street}",
                $"Strada chiusa al traffico veicolare per {reason}; deviazioni segnalate sul posto.",
                street, building.Municipio, building.Latitude, building.Longitude, start, start.AddDays(random.Next(1, 14)).AddHours(19));
        }
        var first = random.Pick(BusLines);
        var second = random.Pick(BusLines);
        var lines = first == second ? $"la linea {first} è deviata" : $"le linee {first} e {second} sono deviate";
        return new TrafficNewsItem(string.Empty, TrafficNewsKind.TransitDiversion, $"Linee AMT deviate in {street}",
            $"Per lavori in {street} {lines}; fermate provvisorie lungo il percorso alternativo.",
            street, building.Municipio, building.Latitude, building.Longitude, start, start.AddDays(random.Next(3, 45)).AddHours(23));
    }
}
