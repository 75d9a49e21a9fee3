using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Tari;

/// <summary>The TARI of one occupied dwelling for a year.</summary>
/// <param name="Year">The tax year.</param>
/// <param name="SurfaceSquareMetres">The dwelling's surface.</param>
/// <param name="Occupants">The household's size the bill is based on.</param>
/// <param name="Ka">The fixed-part coefficient applied.</param>
/// <param name="Kb">The variable-part coefficient applied.</param>
/// <param name="FixedCents">The fixed part: Quf × Ka × surface, rounded to the cent.</param>
/// <param name="VariableCents">The variable part: Quv × Kb, rounded to the cent.</param>
public sealed record TariBill(int Year, int SurfaceSquareMetres, int Occupants, decimal Ka, decimal Kb, long FixedCents, long VariableCents)
{
    /// <summary>The year's tax.</summary>
    public long TotalCents => FixedCents + VariableCents;

    /// <summary>
    /// The three instalments: the first two a third of the total each, rounded down to the cent,
    /// the last one the rest, so that they add up to the total exactly.
    /// </summary>
    public IReadOnlyList<TaxInstalment> Instalments
    {
        get
        {
            var third = TotalCents / TaxCalendar.TariInstalments;
            return
            [
                .. Enumerable.Range(1, TaxCalendar.TariInstalments).Select(n => new TaxInstalment(
                    TaxKind.Tari,
                    Year,
                    n,
                    TaxCalendar.TariInstalments,
                    TaxCalendar.TariDue(Year, n),
                    n < TaxCalendar.TariInstalments ? third : TotalCents - (third * (TaxCalendar.TariInstalments - 1)))),
            ];
        }
    }
}
