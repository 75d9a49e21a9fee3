using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>What officers write in the steps they take.</summary>
internal static class ProcedureNotes
{
    /// <summary>The note of an integration that arrived.</summary>
    public const string IntegrationReceived = "Documentazione integrativa pervenuta";

    /// <summary>The note of a procedure that lapsed because the integration never came.</summary>
    public const string IntegrationLapsed = "Integrazione non pervenuta nei termini: procedimento archiviato";

    private static readonly string[] SueIntegrationRequests =
    [
        "Trasmettere gli elaborati grafici dello stato attuale quotati",
        "Integrare la relazione tecnica con la verifica dei requisiti igienico-sanitari",
        "Chiarire la legittimità dello stato attuale indicando i titoli edilizi precedenti",
        "Produrre la dichiarazione di conformità degli impianti",
        "Integrare gli elaborati grafici con le sezioni e i prospetti di progetto",
    ];

    private static readonly string[] SuapIntegrationRequests =
    [
        "Trasmettere la planimetria dei locali con il layout delle attrezzature",
        "Integrare il piano di autocontrollo HACCP",
        "Produrre la dichiarazione del possesso dei requisiti professionali",
        "Trasmettere gli estremi dell'agibilità dei locali",
    ];

    /// <summary>What an integration request asks for.</summary>
    public static string IntegrationRequest(PermitDesk desk, SplitMix64 random) =>
        random.Pick(desk == PermitDesk.Sue ? SueIntegrationRequests : SuapIntegrationRequests);

    /// <summary>The note of a favourable conclusion.</summary>
    public static string Approval(ProcedureKind kind) => kind switch
    {
        ProcedureKind.Cila => "Verifica conclusa con esito positivo",
        ProcedureKind.BuildingScia => "Controlli conclusi: intervento conforme",
        ProcedureKind.BuildingPermit => "Permesso di costruire rilasciato",
        ProcedureKind.BusinessScia => "Controlli conclusi: attività conforme",
        ProcedureKind.BusinessAuthorisation => "Autorizzazione rilasciata",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown procedure kind."),
    };

    /// <summary>The reasons of an unfavourable conclusion.</summary>
    public static string Rejection(ProcedureKind kind) => kind switch
    {
        ProcedureKind.Cila or ProcedureKind.BuildingScia =>
            "Intervento non conforme alle norme del PUC: ordine di non effettuare l'intervento",
        ProcedureKind.BuildingPermit => "Preavviso di rigetto non superato: intervento non conforme al PUC",
        ProcedureKind.BusinessScia => "Requisiti non posseduti: divieto di prosecuzione dell'attività",
        ProcedureKind.BusinessAuthorisation => "Diniego: parere contrario della conferenza di servizi",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown procedure kind."),
    };
}
