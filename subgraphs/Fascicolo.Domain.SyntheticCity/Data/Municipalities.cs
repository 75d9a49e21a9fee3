namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// The municipalities of the synthetic city, with their real ISTAT and Belfiore codes (ISTAT codes
/// of the province of Genova are 010 + the alphabetical rank of the municipality).
/// </summary>
internal static class Municipalities
{
    /// <summary>Genova and its nine municipi.</summary>
    public static readonly Municipality Genova = new(
        "010025",
        "D969",
        "Genova",
        "GE",
        [
            new(1, "Centro Est"),
            new(2, "Centro Ovest"),
            new(3, "Bassa Val Bisagno"),
            new(4, "Media Val Bisagno"),
            new(5, "Valpolcevera"),
            new(6, "Medio Ponente"),
            new(7, "Ponente"),
            new(8, "Medio Levante"),
            new(9, "Levante"),
        ]);

    /// <summary>Arenzano, on the western coast.</summary>
    public static readonly Municipality Arenzano = new("010001", "A388", "Arenzano", "GE", []);

    /// <summary>Bogliasco, on the eastern coast.</summary>
    public static readonly Municipality Bogliasco = new("010004", "A922", "Bogliasco", "GE", []);

    /// <summary>Camogli, on the eastern coast.</summary>
    public static readonly Municipality Camogli = new("010007", "B490", "Camogli", "GE", []);

    /// <summary>Cogoleto, on the western coast.</summary>
    public static readonly Municipality Cogoleto = new("010017", "C823", "Cogoleto", "GE", []);

    /// <summary>Recco, on the eastern coast.</summary>
    public static readonly Municipality Recco = new("010047", "H212", "Recco", "GE", []);

    /// <summary>Sant'Olcese, in the hills north of Genova.</summary>
    public static readonly Municipality SantOlcese = new("010055", "I346", "Sant'Olcese", "GE", []);

    /// <summary>Serra Riccò, in the Polcevera valley.</summary>
    public static readonly Municipality SerraRicco = new("010058", "I640", "Serra Riccò", "GE", []);

    /// <summary>Sori, on the eastern coast.</summary>
    public static readonly Municipality Sori = new("010060", "I852", "Sori", "GE", []);

    /// <summary>Every municipality, Genova first, then the others by ISTAT code.</summary>
    public static readonly IReadOnlyList<Municipality> All =
        [Genova, Arenzano, Bogliasco, Camogli, Cogoleto, Recco, SantOlcese, SerraRicco, Sori];
}
