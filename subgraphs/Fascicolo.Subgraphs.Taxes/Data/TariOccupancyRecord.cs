namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>A TARI account: the dwelling billed to a household's head for a run of years.</summary>
/// <param name="FiscalCode">The head of the household.</param>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The last year, inclusive.</param>
/// <param name="DwellingId">The dwelling.</param>
/// <param name="UnitId">The dwelling's cadastral unit.</param>
/// <param name="SurfaceSquareMetres">The surface billed.</param>
/// <param name="Occupants">The household's size in those years.</param>
internal sealed record TariOccupancyRecord(string FiscalCode, int FromYear, int ToYear, string DwellingId, string UnitId, int SurfaceSquareMetres, int Occupants)
{
    /// <summary>Whether the account covers <paramref name="year"/>.</summary>
    public bool Covers(int year) => FromYear <= year && year <= ToYear;
}
