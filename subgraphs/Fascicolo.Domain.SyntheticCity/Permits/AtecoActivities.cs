using System.Collections.Frozen;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>The ATECO activities the city's businesses carry on.</summary>
public static class AtecoActivities
{
    /// <summary>The activities with how common they are among the city's businesses (relative weights).</summary>
    internal static IReadOnlyList<(AtecoActivity Activity, int Weight)> Weighted { get; } =
    [
        (new("56.10.11", "Ristorazione con somministrazione", BusinessSector.FoodService, "Trattoria"), 8),
        (new("56.30.00", "Bar e altri esercizi simili senza cucina", BusinessSector.FoodService, "Bar"), 9),
        (new("56.10.30", "Gelaterie e pasticcerie", BusinessSector.FoodService, "Gelateria"), 3),
        (new("47.11.40", "Minimercati ed altri esercizi non specializzati di alimentari vari", BusinessSector.FoodShop, "Minimarket"), 5),
        (new("47.24.10", "Commercio al dettaglio di pane", BusinessSector.FoodShop, "Panetteria"), 3),
        (new("10.71.10", "Produzione di prodotti di panetteria freschi", BusinessSector.FoodShop, "Panificio"), 2),
        (new("47.71.10", "Commercio al dettaglio di confezioni per adulti", BusinessSector.Retail, "Abbigliamento"), 6),
        (new("47.76.10", "Commercio al dettaglio di fiori e piante", BusinessSector.Retail, "Fiori"), 2),
        (new("96.02.01", "Servizi dei saloni di barbiere e parrucchiere", BusinessSector.PersonalCare, "Parrucchiere"), 7),
        (new("96.02.02", "Servizi degli istituti di bellezza", BusinessSector.PersonalCare, "Estetica"), 4),
        (new("43.21.01", "Installazione di impianti elettrici in edifici o in altre opere di costruzione (inclusa manutenzione e riparazione)", BusinessSector.Trade, "Impianti Elettrici"), 6),
        (new("43.22.01", "Installazione di impianti idraulici, di riscaldamento e di condizionamento dell'aria (inclusa manutenzione e riparazione) in edifici o in altre opere di costruzione", BusinessSector.Trade, "Termoidraulica"), 5),
        (new("43.39.01", "Attività non specializzate di lavori edili (muratori)", BusinessSector.Trade, "Edilizia"), 6),
        (new("45.20.10", "Riparazioni meccaniche di autoveicoli", BusinessSector.Trade, "Autofficina"), 4),
        (new("69.20.11", "Servizi forniti da dottori commercialisti", BusinessSector.Office, "Studio"), 4),
        (new("71.11.00", "Attività degli studi di architettura", BusinessSector.Office, "Architettura"), 4),
        (new("62.01.00", "Produzione di software non connesso all'edizione", BusinessSector.Office, "Software"), 3),
        (new("55.20.51", "Affittacamere per brevi soggiorni, case ed appartamenti per vacanze, bed and breakfast, residence", BusinessSector.Hospitality, "Affittacamere"), 5),
    ];

    private static readonly FrozenDictionary<string, AtecoActivity> ByCode =
        Weighted.ToFrozenDictionary(w => w.Activity.Code, w => w.Activity, StringComparer.Ordinal);

    /// <summary>Every activity, in table order.</summary>
    public static IReadOnlyList<AtecoActivity> All { get; } = [.. Weighted.Select(w => w.Activity)];

    /// <summary>The activity with a code such as <c>56.10.11</c>, or null when the table does not hold it.</summary>
    public static AtecoActivity? Find(string code) => code is null ? null : ByCode.GetValueOrDefault(code);
}
