namespace Fascicolo.Domain.SyntheticCity;

/// <summary>A municipality (comune) of the metropolitan area.</summary>
/// <param name="IstatCode">The six-digit ISTAT code, e.g. <c>010025</c> for Genova.</param>
/// <param name="BelfioreCode">The cadastral code, e.g. <c>D969</c> for Genova.</param>
/// <param name="Name">The official Italian name.</param>
/// <param name="Province">The province's two-letter abbreviation (<c>GE</c>).</param>
/// <param name="Municipi">The municipal districts; empty for municipalities that have none.</param>
public sealed record Municipality(
    string IstatCode,
    string BelfioreCode,
    string Name,
    string Province,
    IReadOnlyList<Municipio> Municipi);
