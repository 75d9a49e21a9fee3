namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>
/// Genova's nine municipi: residents (rounded, from the city's statistical yearbooks), a rough box
/// around each one's built-up area, and some of its real streets with their CAP.
/// </summary>
internal static class GenovaAreas
{
    /// <summary>The municipi, in the city's numbering.</summary>
    public static readonly IReadOnlyList<AreaProfile> All =
    [
        Area(1, 89_000, new(44.400, 44.420, 8.918, 8.950), HousingProfiles.HistoricCentre, """
            Via XX Settembre 16121;Via Roma 16121;Via Ceccardi 16121;Via San Vincenzo 16121;Via Galata 16121;
            Via Assarotti 16122;Via Palestro 16122;Via San Lorenzo 16123;Via di Canneto il Lungo 16123;
            Via Luccoli 16123;Via Garibaldi 16124;Via Lomellini 16124;Via Caffaro 16124;Corso Magenta 16125;
            Corso Paganini 16125;Corso Carbonara 16125;Via Balbi 16126;Via Ravecca 16128;
            Corso Andrea Podestà 16128;Via Rivoli 16128;Via Corsica 16128;Via Fieschi 16128;
            Via del Lagaccio 16134;Via Napoli 16134;Via Vesuvio 16134;Salita Oregina 16134;Corso Firenze 16136
            """),
        Area(2, 65_000, new(44.405, 44.425, 8.880, 8.915), HousingProfiles.IndustrialCentre, """
            Via Venezia 16126;Via Milano 16126;Via Bologna 16127;Via Bari 16127;Via Antonio Cantore 16149;
            Via Nicolò Daste 16149;Via Giovanni Buranello 16149;Via Sampierdarena 16149;Via di Francia 16149;
            Corso Martinetti 16149;Corso Magellano 16149;Piazza Vittorio Veneto 16149;Via Pietro Chiesa 16149;
            Via San Bartolomeo del Fossato 16149;Via Palazzo della Fortezza 16149;Via Dino Col 16149;
            Salita Belvedere 16149;Via Carlo Rolando 16151;Via Avio 16151;Via Antonio Pacinotti 16151;
            Via della Cella 16151;Via Molteni 16151;Via Giacomo Reti 16151
            """),
        Area(3, 77_000, new(44.405, 44.428, 8.945, 8.972), HousingProfiles.PostWarBlocks, """
            Via Bobbio 16137;Via Canevari 16137;Via Monticelli 16137;Via Burlando 16137;Via Montaldo 16137;
            Via Fereggiano 16139;Via Moresco 16139;Via Ginestrato 16139;Via Terpi 16141;Corso Sardegna 16142;
            Via Archimede 16142;Corso Galilei 16142;Via Giacometti 16143;Piazza Giusti 16143;Via Tortosa 16143;
            Via Berghini 16143;Via Donghi 16143;Via Toti 16143;Piazza Martinez 16143;Via Imperiale 16143;
            Via Torti 16143
            """),
        Area(4, 57_000, new(44.428, 44.470, 8.955, 9.010), HousingProfiles.UpperValleys, """
            Via Molassana 16138;Via Emilia 16138;Via Piacenza 16138;Via Lodi 16138;Via Geirato 16138;
            Via delle Gavette 16138;Via San Felice 16138;Via Sant'Eusebio 16141;Via Adamoli 16141;
            Lungobisagno Dalmazia 16141;Lungobisagno Istria 16141;Via Pedullà 16141;Via Struppa 16165;
            Via Trensasco 16165;Via di Creto 16165
            """),
        Area(5, 60_000, new(44.428, 44.490, 8.880, 8.925), HousingProfiles.UpperValleys, """
            Via Walter Fillak 16159;Via Jori 16159;Via Celesia 16159;Via Canepari 16159;Via Vezzani 16159;
            Via Brin 16159;Via Rivarolo 16159;Via Piombelli 16159;Via Linneo 16159;Via Teglia 16161;
            Via Pastorino 16162;Via Sardorella 16162;Via Reta 16162;Via della Torrazza 16162;
            Via Bolzaneto 16162;Via Romairone 16163;Via San Quirico 16163;Via Isocorte 16164;Via Gallesi 16164;
            Via Poli 16164
            """),
        Area(6, 60_000, new(44.415, 44.450, 8.830, 8.880), HousingProfiles.Ponente, """
            Via Cornigliano 16152;Via San Giovanni d'Acri 16152;Via Giovanni Bertolotti 16152;
            Corso Perrone 16152;Via Borzoli 16153;Via Chiaravagna 16153;Via Siffredi 16153;Via Calda 16153;
            Via Sestri 16154;Via Merano 16154;Via Ciro Menotti 16154;Via Puccini 16154;Piazza Baracca 16154;
            Via Hermada 16154;Via Vado 16154;Via Biancheri 16154;Via Soliman 16154
            """),
        Area(7, 60_000, new(44.415, 44.445, 8.700, 8.820), HousingProfiles.Ponente, """
            Lungomare di Pegli 16155;Via Ronchi 16155;Via Multedo di Pegli 16155;Via Opisso 16155;
            Via Airaghi 16155;Via Ignazio Pallavicini 16155;Via Pra' 16157;Via Palmaro 16157;
            Via Calamandrei 16157;Via Sapello 16158;Via Camozzini 16158;Via Buffa 16158;
            Via Don Giovanni Verità 16158;Via Cerusa 16158;Via Lemerle 16158;Via Martiri del Turchino 16158
            """),
        Area(8, 60_000, new(44.390, 44.412, 8.945, 8.985), HousingProfiles.MedioLevante, """
            Via Rimassa 16129;Corso Buenos Aires 16129;Via Casaregis 16129;Corso Torino 16129;Via Cecchi 16129;
            Corso Marconi 16129;Via Ruspoli 16129;Via Barabino 16129;Via Tommaso Invrea 16129;
            Via San Martino 16131;Corso Europa 16132;Corso Italia 16145;Via Nizza 16145;Via Trento 16145;
            Via Albaro 16145;Via Montezovetto 16145;Via Piave 16145;Via Montallegro 16145;Via Francesco Pozzo 16145;
            Via Pisa 16146;Via Cavallotti 16146;Via Alcide De Gasperi 16146
            """),
        Area(9, 60_000, new(44.383, 44.405, 8.985, 9.060), HousingProfiles.Levante, """
            Via Borgoratti 16132;Via Timavo 16132;Via dell'Apparizione 16133;Via Sturla 16147;Via Pontetti 16147;
            Via Carrara 16147;Via Isonzo 16147;Via Quarto 16148;Via Donato Somma 16148;
            Via Gianelli 16166;Via Antica Romana di Quinto 16166;Via Oberdan 16167;Via Marco Sala 16167;
            Via Capolungo 16167;Via del Commercio 16167;Passeggiata Anita Garibaldi 16167;Via Sant'Ilario 16167
            """),
    ];

    private static AreaProfile Area(int municipio, int population, BoundingBox bounds, HousingProfile housing, string streets) =>
        new($"D969-{municipio}", Municipalities.Genova, municipio, population, bounds, StreetList.Parse(streets.ReplaceLineEndings(" ")), housing);
}
