namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// The textbooks of each primary class year and their cover prices, which the Ministry fixes each year
/// by decree (prezzi di copertina dei libri di testo della scuola primaria); the figures are of that
/// order, not the decree's own.
/// </summary>
public static class BookVoucherPrices
{
    private static readonly IReadOnlyList<IReadOnlyList<BookVoucherItem>> ByClassYear =
    [
        [new("Libro della prima classe", 13_83), new("Religione", 7_73), new("Lingua straniera", 4_11)],
        [new("Sussidiario", 19_38), new("Lingua straniera", 6_14)],
        [new("Sussidiario", 27_66), new("Lingua straniera", 8_22)],
        [new("Sussidiario dei linguaggi", 17_91), new("Sussidiario delle discipline", 22_35), new("Religione", 7_73), new("Lingua straniera", 8_22)],
        [new("Sussidiario dei linguaggi", 21_74), new("Sussidiario delle discipline", 26_01), new("Lingua straniera", 10_27)],
    ];

    /// <summary>The books of a primary class year (1–5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The class year is not 1–5.</exception>
    public static IReadOnlyList<BookVoucherItem> For(int classYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classYear, 5);
        return ByClassYear[classYear - 1];
    }
}
