namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The people and shops the education facet names: paediatricians who certify diets, bookshops that take vouchers.</summary>
internal static class ServiceProviders
{
    /// <summary>The health body that certifies medical diets.</summary>
    public const string HealthAuthority = "ASL 3 Genovese";

    /// <summary>Family paediatricians (pediatri di libera scelta).</summary>
    public static readonly IReadOnlyList<string> Paediatricians =
    [
        "Dott.ssa Laura Bianchi", "Dott. Marco Ferrari", "Dott.ssa Chiara Lanza", "Dott. Paolo Risso",
        "Dott.ssa Elena Sanguineti", "Dott. Giorgio Pittaluga", "Dott.ssa Silvia Traverso", "Dott. Andrea Cambiaso",
    ];

    /// <summary>Bookshops that redeem textbook vouchers.</summary>
    public static readonly IReadOnlyList<string> Bookshops =
    [
        "Cartolibreria Il Segnalibro", "Libreria Il Ponte", "Cartoleria La Matita", "Libreria dei Ragazzi",
        "Cartolibreria Pagine Blu", "Libreria Punto Scuola", "Cartoleria Arcobaleno", "Libreria L'Albero dei Libri",
    ];
}
