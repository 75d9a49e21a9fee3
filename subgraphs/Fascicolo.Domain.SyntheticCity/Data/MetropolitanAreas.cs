namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>The neighbouring municipalities: residents (rounded), a box around the town, some real streets.</summary>
internal static class MetropolitanAreas
{
    /// <summary>The municipalities other than Genova, in the order of <see cref="Municipalities.All"/>.</summary>
    public static readonly IReadOnlyList<AreaProfile> All =
    [
        Area(Municipalities.Arenzano, 11_400, new(44.395, 44.410, 8.665, 8.695), """
            Via Aurelia 16011;Via Terralba 16011;Via Sauli Pallavicino 16011;Piazza Mazzini 16011;
            Via Bocca 16011;Via Marconi 16011;Via Matteotti 16011;Via Olivette 16011
            """),
        Area(Municipalities.Bogliasco, 4_400, new(44.376, 44.385, 9.060, 9.080), """
            Via Mazzini 16031;Via Aurelia 16031;Via Poggio Favaro 16031;Via Marconi 16031
            """),
        Area(Municipalities.Camogli, 5_200, new(44.345, 44.356, 9.145, 9.160), """
            Via Garibaldi 16032;Via della Repubblica 16032;Via Cuneo 16032;Via Ruffini 16032;Via XX Settembre 16032
            """),
        Area(Municipalities.Cogoleto, 9_000, new(44.385, 44.400, 8.630, 8.660), """
            Via Aurelia 16016;Via Parasco 16016;Via Rati 16016;Via Colombo 16016;Via Molinetto 16016;Via della Pace 16016
            """),
        Area(Municipalities.Recco, 9_700, new(44.358, 44.370, 9.135, 9.150), """
            Via Roma 16036;Via Ippolito d'Aste 16036;Via Biagio Assereto 16036;Via XX Settembre 16036;
            Via Trieste 16036;Via Garibaldi 16036;Piazza Nicoloso 16036
            """),
        Area(Municipalities.SantOlcese, 5_800, new(44.480, 44.500, 8.955, 8.980), """
            Via Sant'Olcese 16010;Via Piccarello 16010;Via Manesseno 16010;Via Torrazza 16010
            """),
        Area(Municipalities.SerraRicco, 7_700, new(44.500, 44.520, 8.920, 8.950), """
            Via Medicina 16010;Via Pedemonte 16010;Via Orero 16010;Via Serra 16010
            """),
        Area(Municipalities.Sori, 4_200, new(44.370, 44.380, 9.100, 9.115), """
            Via Roma 16030;Via Stagno 16030;Via Sant'Apollinare 16030;Via Combattenti Alleati 16030;Via Piave 16030
            """),
    ];

    private static AreaProfile Area(Municipality municipality, int population, BoundingBox bounds, string streets) =>
        new(municipality.BelfioreCode, municipality, null, population, bounds, StreetList.Parse(streets.ReplaceLineEndings(" ")), HousingProfiles.Town);
}
