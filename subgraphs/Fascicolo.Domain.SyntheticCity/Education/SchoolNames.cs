namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>Names for the schools: the districts istituti comprensivi are named after, and namesakes.</summary>
internal static class SchoolNames
{
    /// <summary>Districts (quartieri) of each of Genova's municipi, in municipio order; institutes take them in turn.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> GenovaDistricts =
    [
        ["Centro Storico", "Castelletto", "Oregina", "Carignano", "Lagaccio"],
        ["Sampierdarena", "San Teodoro", "Certosa di Sampierdarena", "Belvedere"],
        ["Marassi", "San Fruttuoso", "Quezzi", "Staglieno"],
        ["Molassana", "Struppa", "San Gottardo", "Prato"],
        ["Rivarolo", "Bolzaneto", "Pontedecimo", "Teglia", "Certosa"],
        ["Sestri Ponente", "Cornigliano", "Borzoli", "Campi"],
        ["Pegli", "Pra'", "Voltri", "Multedo"],
        ["Albaro", "Foce", "San Martino", "Borgo Pila", "Sturla"],
        ["Quarto", "Quinto", "Nervi", "Apparizione", "Sant'Ilario"],
    ];

    /// <summary>People state plessi are named after, taken in turn.</summary>
    public static readonly IReadOnlyList<string> Namesakes =
    [
        "Giovanni Pascoli", "Edmondo De Amicis", "Giuseppe Mazzini", "Goffredo Mameli", "Nicolò Barabino",
        "Anna Frank", "Gianni Rodari", "Maria Montessori", "Don Lorenzo Milani", "Italo Calvino",
        "Alessandro Manzoni", "Niccolò Paganini", "Cristoforo Colombo", "Giuseppe Garibaldi", "Eugenio Montale",
        "Sandro Pertini", "Rita Levi Montalcini", "Ada Negri", "Grazia Deledda", "Mario Lodi",
        "Carlo Collodi", "Nino Bixio", "Guglielmo Marconi", "Piero Gobetti", "Fabrizio De André",
        "Emanuele Luzzati", "Caterina Fieschi", "Giorgio Caproni", "Renzo Piano", "Ugo Foscolo",
    ];

    /// <summary>Names of municipal nurseries.</summary>
    public static readonly IReadOnlyList<string> Nurseries =
    [
        "Il Girotondo", "L'Aquilone", "Il Bruco", "La Coccinella", "Il Trenino", "Arcobaleno", "Il Gabbiano",
        "La Tartaruga", "Il Delfino", "Pollicino", "Il Grillo Parlante", "La Lanterna Magica", "Il Riccio",
        "Le Formichine", "Il Pesciolino", "La Chiocciola", "Il Nido delle Rondini", "Il Veliero",
    ];

    /// <summary>Names of municipal preschools.</summary>
    public static readonly IReadOnlyList<string> Preschools =
    [
        "La Lanterna", "Il Faro", "Peter Pan", "Mafalda", "Il Melograno", "Il Girasole", "Le Mongolfiere",
        "Il Glicine", "La Fontana", "Il Mandorlo", "L'Isola che non c'è", "I Folletti", "La Gabbianella",
        "Il Castello", "L'Albero Azzurro", "Il Piccolo Principe",
    ];
}
