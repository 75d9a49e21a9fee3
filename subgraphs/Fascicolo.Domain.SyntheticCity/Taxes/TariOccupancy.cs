namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// A TARI account (utenza domestica) for a run of years with the same household size: billed to the
/// household's head, for the dwelling the household lives in.
/// </summary>
/// <param name="FiscalCode">The head of the household, who receives the bill.</param>
/// <param name="DwellingId">The occupied dwelling.</param>
/// <param name="CadastralUnitId">The dwelling's cadastral unit.</param>
/// <param name="SurfaceSquareMetres">The dwelling's surface.</param>
/// <param name="Occupants">The household's size on 1 January of each of these years.</param>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The last year, inclusive.</param>
public sealed record TariOccupancy(string FiscalCode, string DwellingId, string CadastralUnitId, int SurfaceSquareMetres, int Occupants, int FromYear, int ToYear)
{
    /// <summary>Whether the account covers <paramref name="year"/>.</summary>
    public bool Covers(int year) => FromYear <= year && year <= ToYear;
}
