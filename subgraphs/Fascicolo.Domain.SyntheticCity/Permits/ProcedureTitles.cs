using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>What procedures are about (the oggetto the applicant writes).</summary>
internal static class ProcedureTitles
{
    private static readonly string[] Cila =
    [
        "Manutenzione straordinaria: rifacimento dei servizi igienici e degli impianti",
        "Diversa distribuzione degli spazi interni dell'unità immobiliare",
        "Rifacimento degli impianti elettrico e idrico-sanitario",
        "Sostituzione dei serramenti esterni con modifica delle partizioni",
        "Opere interne per l'accorpamento di due vani",
    ];

    private static readonly string[] BuildingScia =
    [
        "Ristrutturazione edilizia dell'unità immobiliare senza aumento di volume",
        "Rifacimento della facciata con modifica dei prospetti",
        "Installazione di ascensore nel vano scala condominiale",
        "Rifacimento della copertura con consolidamento strutturale",
    ];

    private static readonly string[] BuildingPermit =
    [
        "Ampliamento dell'unità immobiliare con recupero del sottotetto",
        "Ristrutturazione edilizia con demolizione e ricostruzione",
        "Nuova costruzione di box auto pertinenziale",
        "Sopraelevazione dell'edificio di un piano",
    ];

    /// <summary>The subject of a building procedure.</summary>
    public static string Building(ProcedureKind kind, SplitMix64 random) => kind switch
    {
        ProcedureKind.Cila => random.Pick(Cila),
        ProcedureKind.BuildingScia => random.Pick(BuildingScia),
        ProcedureKind.BuildingPermit => random.Pick(BuildingPermit),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a building procedure."),
    };

    /// <summary>The SCIA that starts a business of this sector.</summary>
    public static string Opening(BusinessSector sector) => sector switch
    {
        BusinessSector.FoodService => "SCIA per l'avvio dell'attività di somministrazione di alimenti e bevande",
        BusinessSector.FoodShop => "SCIA per l'apertura di un esercizio di vicinato del settore alimentare",
        BusinessSector.Retail => "SCIA per l'apertura di un esercizio di vicinato",
        BusinessSector.PersonalCare => "SCIA per l'avvio dell'attività di acconciatore o estetista",
        BusinessSector.Trade => "SCIA per l'avvio di un'attività artigianale",
        BusinessSector.Office => "SCIA per l'avvio dell'attività in locali ad uso ufficio",
        BusinessSector.Hospitality => "SCIA per l'avvio dell'attività di affittacamere",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "Unknown sector."),
    };

    /// <summary>A later SCIA of a running business of this sector.</summary>
    public static string Change(BusinessSector sector) => sector switch
    {
        BusinessSector.FoodService => "SCIA per l'ampliamento della superficie di somministrazione",
        BusinessSector.FoodShop or BusinessSector.Trade => "SCIA per la modifica dei locali e delle attrezzature",
        BusinessSector.Retail => "SCIA per il trasferimento di sede dell'esercizio di vicinato",
        BusinessSector.PersonalCare => "SCIA per il subingresso nell'attività",
        BusinessSector.Office => "SCIA per la variazione dei locali",
        BusinessSector.Hospitality => "SCIA per la variazione del numero di camere",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "Unknown sector."),
    };

    /// <summary>An authorisation a running business of this sector asks for.</summary>
    public static string Authorisation(BusinessSector sector) => sector switch
    {
        BusinessSector.FoodService => "Autorizzazione all'occupazione di suolo pubblico con dehors",
        BusinessSector.Trade => "Autorizzazione unica ambientale per le emissioni in atmosfera",
        _ => "Autorizzazione all'installazione di insegna di esercizio",
    };
}
