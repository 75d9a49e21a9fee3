namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// The violations the city's traffic police fine most, with the sanctions in force (minimum and
/// maximum as updated by the ministerial decree of 31 December 2018) and the points of art. 126-bis.
/// </summary>
public static class HighwayCodeViolations
{
    /// <summary>Art. 7 c. 14: entering a limited traffic zone (ZTL) without a permit.</summary>
    public static readonly HighwayCodeViolation ZtlAccess =
        new("7", "14", "Circolazione in zona a traffico limitato senza autorizzazione", 8_300, 33_200, 0, true);

    /// <summary>Art. 7 c. 15: parking beyond the paid time in a pay-and-display zone.</summary>
    public static readonly HighwayCodeViolation PaidParkingOverstay =
        new("7", "15", "Sosta oltre il tempo pagato in area a pagamento (Blu Area)", 4_200, 17_300, 0, true);

    /// <summary>Art. 158 c. 2: parking where it is forbidden (pavements, crossings, junctions).</summary>
    public static readonly HighwayCodeViolation ForbiddenParking =
        new("158", "2", "Sosta vietata (marciapiede, attraversamento pedonale o intersezione)", 4_200, 17_300, 0, true);

    /// <summary>Art. 142 c. 7: speeding by up to 10 km/h.</summary>
    public static readonly HighwayCodeViolation SpeedingUpTo10 =
        new("142", "7", "Superamento dei limiti di velocità di non oltre 10 km/h", 4_200, 17_300, 0, true);

    /// <summary>Art. 142 c. 8: speeding by more than 10 and up to 40 km/h.</summary>
    public static readonly HighwayCodeViolation SpeedingUpTo40 =
        new("142", "8", "Superamento dei limiti di velocità di oltre 10 e non oltre 40 km/h", 17_300, 69_500, 3, true);

    /// <summary>Art. 142 c. 9: speeding by more than 40 and up to 60 km/h (licence suspended: no reduction).</summary>
    public static readonly HighwayCodeViolation SpeedingUpTo60 =
        new("142", "9", "Superamento dei limiti di velocità di oltre 40 e non oltre 60 km/h", 54_300, 217_000, 6, false);

    /// <summary>Art. 146 c. 3: running a red light.</summary>
    public static readonly HighwayCodeViolation RedLight =
        new("146", "3", "Passaggio con semaforo rosso", 16_700, 66_500, 6, true);

    /// <summary>Art. 80 c. 14: driving a car whose periodic inspection is overdue.</summary>
    public static readonly HighwayCodeViolation OverdueInspection =
        new("80", "14", "Circolazione con veicolo non sottoposto a revisione", 17_300, 69_400, 0, true);

    /// <summary>Every violation of this table.</summary>
    public static readonly IReadOnlyList<HighwayCodeViolation> All =
        [ZtlAccess, PaidParkingOverstay, ForbiddenParking, SpeedingUpTo10, SpeedingUpTo40, SpeedingUpTo60, RedLight, OverdueInspection];

    /// <summary>The violation of an article and paragraph, or null when not in the table.</summary>
    /// <param name="article">The article, e.g. <c>142</c>.</param>
    /// <param name="paragraph">The paragraph, e.g. <c>8</c>.</param>
    /// <returns>The violation.</returns>
    public static HighwayCodeViolation? Find(string article, string paragraph) =>
        All.FirstOrDefault(v => v.Article == article && v.Paragraph == paragraph);
}
