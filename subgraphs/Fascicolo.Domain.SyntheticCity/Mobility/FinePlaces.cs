namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>Where Genova's traffic police fine: ZTL gates, speed cameras, traffic-light cameras, pay-and-display streets.</summary>
internal static class FinePlaces
{
    /// <summary>Streets behind the gates of the historic centre's ZTL.</summary>
    public static readonly IReadOnlyList<string> ZtlGates =
    [
        "Via San Lorenzo", "Via Garibaldi", "Via Luccoli", "Via di Canneto il Lungo", "Piazza Banchi",
        "Via San Luca", "Via della Maddalena", "Via del Campo",
    ];

    /// <summary>Streets of the Blu Area (pay-and-display parking).</summary>
    public static readonly IReadOnlyList<string> PaidParking =
    [
        "Corso Buenos Aires", "Via XX Settembre", "Corso Torino", "Via Antonio Cantore", "Corso Sardegna",
        "Via Rimassa", "Piazza della Vittoria", "Corso Magenta", "Via Casaregis", "Corso Italia",
    ];

    /// <summary>Roads with fixed or mobile speed cameras.</summary>
    public static readonly IReadOnlyList<string> SpeedCameras =
    [
        "Corso Europa", "Lungomare Canepa", "Strada Sopraelevata Aldo Moro", "Via Guido Rossa", "Corso Italia",
        "Via Adamoli", "Lungobisagno Dalmazia", "Via Pionieri e Aviatori d'Italia",
    ];

    /// <summary>Junctions with red-light cameras.</summary>
    public static readonly IReadOnlyList<string> RedLightCameras =
    [
        "Corso Sardegna incrocio Via Torti", "Via Antonio Cantore incrocio Via Dondero", "Corso Europa incrocio Via Timavo",
        "Piazza Martinez", "Corso Buenos Aires incrocio Via Invrea", "Via Cornigliano incrocio Via San Giovanni d'Acri",
    ];
}
