namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Where Genova's flood red zones lie: each along a watercourse, on streets of the city's street
/// list that run beside it (the Bisagno and its tributary the Fereggiano, the Polcevera, the
/// Chiaravagna, the Cerusa and Leira, the Sturla). Streets only: which house numbers are flagged is drawn.
/// </summary>
internal static class FloodRedZoneAreas
{
    /// <summary>The zones with the streets whose buildings may be flagged, in id order.</summary>
    public static IReadOnlyList<(FloodRedZone Zone, IReadOnlyList<string> Streets)> All { get; } =
    [
        Area(1, "Bisagno - San Fruttuoso", "Torrente Bisagno", 3, "Corso Sardegna", "Via Canevari", "Via Bobbio", "Corso Galilei"),
        Area(2, "Fereggiano", "Rio Fereggiano", 3, "Via Fereggiano", "Via Moresco"),
        Area(3, "Bisagno - Media Val Bisagno", "Torrente Bisagno", 4, "Lungobisagno Dalmazia", "Lungobisagno Istria", "Via Piacenza", "Via Molassana"),
        Area(4, "Polcevera", "Torrente Polcevera", 5, "Via Walter Fillak", "Via Rivarolo", "Via Pastorino", "Via Sardorella"),
        Area(5, "Chiaravagna", "Rio Chiaravagna", 6, "Via Chiaravagna", "Via Siffredi", "Via Borzoli"),
        Area(6, "Cerusa e Leira", "Torrente Cerusa, Torrente Leira", 7, "Via Cerusa", "Via Camozzini"),
        Area(7, "Sturla", "Torrente Sturla", 9, "Via Sturla", "Via Borgoratti"),
    ];

    /// <summary>The Polcevera zone, where the vehicle-owner persona lives.</summary>
    public static FloodRedZone Polcevera => All[3].Zone;

    private static (FloodRedZone, IReadOnlyList<string>) Area(int number, string name, string watercourse, int municipio, params string[] streets) =>
        (new FloodRedZone($"RZ-D969-{number:D2}", name, watercourse, "D969", municipio, []), streets);
}
