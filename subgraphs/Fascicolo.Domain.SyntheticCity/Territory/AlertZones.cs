namespace Fascicolo.Domain.SyntheticCity.Territory;

/// <summary>
/// Liguria's alert zones and the zone of each municipality of the city. The zones follow the
/// regional civil protection's zoning: A, B and C are the basins draining to the sea (west, centre,
/// east), D and E those draining to the Po (west, east). Genova and its neighbours here (coastal
/// towns from Cogoleto to Camogli, and the Polcevera valley) all lie in zone B.
/// </summary>
public static class AlertZones
{
    /// <summary>Zone A: the western coastal basins.</summary>
    public static AlertZone A { get; } = new("A", "Bacini liguri marittimi di Ponente", "Western coast: the basins of the provinces of Imperia and western Savona draining to the sea.");

    /// <summary>Zone B: the central coastal basins, Genova's zone.</summary>
    public static AlertZone B { get; } = new("B", "Bacini liguri marittimi di Centro", "Central coast: the basins draining to the sea from Varazze to Portofino, Genova included.");

    /// <summary>Zone C: the eastern coastal basins.</summary>
    public static AlertZone C { get; } = new("C", "Bacini liguri marittimi di Levante", "Eastern coast: the Tigullio and the province of La Spezia, with the Vara and Magra basins.");

    /// <summary>Zone D: the western basins draining to the Po.</summary>
    public static AlertZone D { get; } = new("D", "Bacini padani di Ponente", "Western inland: the basins beyond the watershed draining to the Po (Bormida, Erro, Orba, Stura).");

    /// <summary>Zone E: the eastern basins draining to the Po.</summary>
    public static AlertZone E { get; } = new("E", "Bacini padani di Levante", "Eastern inland: the basins beyond the watershed draining to the Po (Scrivia, Trebbia, Aveto).");

    /// <summary>Every zone, A to E.</summary>
    public static IReadOnlyList<AlertZone> All { get; } = [A, B, C, D, E];

    // By Belfiore code; a municipality added to the city must be added here too (ZoneOf throws otherwise).
    private static readonly Dictionary<string, AlertZone> ByMunicipality = new(StringComparer.Ordinal)
    {
        ["D969"] = B, // Genova
        ["A388"] = B, // Arenzano
        ["A922"] = B, // Bogliasco
        ["B490"] = B, // Camogli
        ["C823"] = B, // Cogoleto
        ["H212"] = B, // Recco
        ["I346"] = B, // Sant'Olcese (Polcevera basin)
        ["I640"] = B, // Serra Riccò (Polcevera basin)
        ["I852"] = B, // Sori
    };

    /// <summary>The zone a municipality of the city lies in.</summary>
    /// <param name="belfioreCode">The municipality's Belfiore code, e.g. <c>D969</c>.</param>
    /// <exception cref="KeyNotFoundException">The municipality is not one of the city's.</exception>
    public static AlertZone ZoneOf(string belfioreCode) =>
        ByMunicipality.TryGetValue(belfioreCode, out var zone)
            ? zone
            : throw new KeyNotFoundException($"No alert zone is assigned to municipality '{belfioreCode}'.");
}
